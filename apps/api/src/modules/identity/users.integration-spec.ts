import type { Role } from '@icspa/domain';
import { TestApp, TEST_PASSWORD, type TestUser } from '../../../test/test-app';

const CHOSEN_PASSWORD = 'amber-violin-cascade-47';

/**
 * People operations and their role rules, without e-mail configured (links are answered to the inviter):
 * admins manage every account, member admins their firm's trainers, coordinators their unit's officers; no one
 * moves an account outside their scope or changes their own role; disabling ends sessions at once; every
 * change is audited.
 */
describe('people: create, edit, disable, invite and reset, by role', () => {
  let t: TestApp;
  let unitA: string;
  let unitB: string;
  let firmA: string;
  let firmB: string;
  let admin: TestUser;
  let coordinator: TestUser;
  let memberAdmin: TestUser;
  let trainer: TestUser;
  let officer: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    [unitA, unitB, firmA, firmB] = [
      await t.createUnit(),
      await t.createUnit(),
      await t.createFirm(),
      await t.createFirm(),
    ];
    admin = await t.signIn('admin');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitA });
    memberAdmin = await t.signIn('member_admin', { memberFirmId: firmA });
    trainer = await t.signIn('trainer', { memberFirmId: firmA });
    officer = await t.signIn('officer', { policeUnitId: unitA });
  });
  afterAll(() => t?.close());

  const as = (actor: TestUser) => ({
    get: (url: string) => t.inject({ method: 'GET', url, cookie: actor.cookie }),
    post: (url: string, payload: object = {}) => t.inject({ method: 'POST', url, cookie: actor.cookie, payload }),
    patch: (url: string, payload: object) => t.inject({ method: 'PATCH', url, cookie: actor.cookie, payload }),
  });
  let serial = 0;
  const email = (hint: string) => `${hint}-${++serial}-${Math.random().toString(36).slice(2, 8)}@example.test`;

  async function audit(userId: string): Promise<string[]> {
    const rows = await t.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY created_at, action`, [
      userId,
    ]);
    return rows.map((r: { action: string }) => r.action);
  }

  it('lists and reads only the accounts in the caller’s scope (404 beyond it, 403 for roles without People)', async () => {
    const officerB = await t.signIn('officer', { policeUnitId: unitB });
    const trainerB = await t.signIn('trainer', { memberFirmId: firmB });
    const ids = async (actor: TestUser) => {
      const answer = await as(actor).get('/api/users?pageSize=100');
      expect(answer.statusCode).toBe(200);
      return (answer.json().items as Array<{ id: string; role: Role }>).map((u) => u.id);
    };
    const byCoordinator = await ids(coordinator);
    expect(byCoordinator).toContain(officer.id);
    expect(byCoordinator).not.toContain(coordinator.id);
    expect(byCoordinator).not.toContain(officerB.id);
    const byMember = await ids(memberAdmin);
    expect(byMember).toEqual([trainer.id]);
    expect((await ids(admin)).length).toBeGreaterThanOrEqual(7);

    expect((await as(coordinator).get(`/api/users/${officer.id}`)).statusCode).toBe(200);
    for (const [actor, id] of [
      [coordinator, officerB.id],
      [coordinator, coordinator.id],
      [coordinator, trainer.id],
      [memberAdmin, trainerB.id],
      [memberAdmin, memberAdmin.id],
      [memberAdmin, officer.id],
    ] as const) {
      const answer = await as(actor).get(`/api/users/${id}`);
      expect(answer.statusCode).toBe(404);
      expect(answer.json().code).toBe('user.not_found');
    }
    for (const actor of [officer, trainer]) {
      expect((await as(actor).get('/api/users')).statusCode).toBe(403);
      expect((await as(actor).get(`/api/users/${officer.id}`)).statusCode).toBe(403);
    }
  });

  it('creates accounts only of the roles and places the caller manages', async () => {
    const create = (actor: TestUser, role: Role, place: { policeUnitId?: string; memberFirmId?: string } = {}) =>
      as(actor).post('/api/users', { email: email(role), displayName: 'Нова Особа 新用户', role, ...place });
    const cases: Array<[TestUser, Role, { policeUnitId?: string; memberFirmId?: string }, number, string?]> = [
      [coordinator, 'officer', {}, 201],
      [coordinator, 'officer', { policeUnitId: unitA }, 201],
      [coordinator, 'officer', { policeUnitId: unitB }, 403, 'user.outside_scope'],
      [coordinator, 'coordinator', { policeUnitId: unitA }, 403, 'user.role_not_allowed'],
      [coordinator, 'admin', {}, 403, 'user.role_not_allowed'],
      [coordinator, 'trainer', { memberFirmId: firmA }, 403, 'user.role_not_allowed'],
      [memberAdmin, 'trainer', {}, 201],
      [memberAdmin, 'trainer', { memberFirmId: firmB }, 403, 'user.outside_scope'],
      [memberAdmin, 'member_admin', { memberFirmId: firmA }, 403, 'user.role_not_allowed'],
      [memberAdmin, 'admin', {}, 403, 'user.role_not_allowed'],
      [memberAdmin, 'officer', { policeUnitId: unitA }, 403, 'user.role_not_allowed'],
      [admin, 'officer', { policeUnitId: unitB }, 201],
      [admin, 'coordinator', { policeUnitId: unitB }, 201],
      [admin, 'trainer', { memberFirmId: firmB }, 201],
      [admin, 'member_admin', { memberFirmId: firmB }, 201],
      [admin, 'admin', {}, 201],
      [admin, 'officer', {}, 400, 'user.unit_required_for_role'],
      [officer, 'officer', {}, 403, 'auth.role_forbidden'],
      [trainer, 'trainer', {}, 403, 'auth.role_forbidden'],
    ];
    const failures: string[] = [];
    for (const [actor, role, place, status, code] of cases) {
      const answer = await create(actor, role, place);
      const got = `${answer.statusCode} ${answer.statusCode >= 400 ? answer.json().code : ''}`.trim();
      const want = `${status} ${code ?? ''}`.trim();
      if (got !== want) failures.push(`${actor.role} creates ${role} ${JSON.stringify(place)}: ${got}, wanted ${want}`);
      if (answer.statusCode === 201) {
        const body = answer.json();
        expect(body.displayName).toBe('Нова Особа 新用户');
        if (actor === coordinator) expect(body.policeUnitId).toBe(unitA);
        if (actor === memberAdmin) expect(body.memberFirmId).toBe(firmA);
        expect(await audit(body.id)).toEqual(['app_user.create', 'app_user.invitation_issue']);
      }
    }
    expect(failures).toEqual([]);
    // Nothing was written for a refusal.
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM app_user WHERE display_name = 'Нова Особа 新用户'`,
    );
    expect(n).toBe(cases.filter((c) => c[3] === 201).length);
  });

  it('an invited account gets a one-time link shown to the inviter (no e-mail configured); it sets the password and signs in', async () => {
    const address = email('invitee');
    const created = await as(coordinator).post('/api/users', {
      email: address.toUpperCase(),
      displayName: 'Оксана Мельник',
      role: 'officer',
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ email: address, passwordSet: false, disabled: false });
    expect(body.invitation.emailed).toBe(false);
    expect(body.invitation.link).toMatch(/\/account\/set-password#token=[A-Za-z0-9_-]{43}$/);
    // Not yet able to sign in; a second invitation replaces the first link.
    expect(
      (await t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: address, password: '' } }))
        .statusCode,
    ).toBe(400);
    const again = await as(coordinator).post(`/api/users/${body.id}/invitation`);
    expect(again.statusCode).toBe(201);
    const oldToken = body.invitation.link.split('#token=')[1];
    const token = again.json().link.split('#token=')[1];
    const setWith = (tok: string) =>
      t.inject({ method: 'POST', url: '/api/auth/set-password', payload: { token: tok, password: CHOSEN_PASSWORD } });
    expect((await setWith(oldToken)).json().code).toBe('account_link.invalid');
    expect((await setWith(token)).statusCode).toBe(200);
    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: address, password: CHOSEN_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    expect((await as(coordinator).get(`/api/users/${body.id}`)).json().passwordSet).toBe(true);
    // Now it has a password: a new invitation is refused, a reset is not.
    expect((await as(coordinator).post(`/api/users/${body.id}/invitation`)).json().code).toBe(
      'user.password_already_set',
    );
    expect(await audit(body.id)).toEqual([
      'app_user.create',
      'app_user.invitation_issue',
      'app_user.invitation_issue',
      'app_user.invitation_accept',
    ]);
  });

  it('edits within scope; only admins change role, unit or firm, and nobody their own role', async () => {
    const officerB = await t.signIn('officer', { policeUnitId: unitB });
    const trainerB = await t.signIn('trainer', { memberFirmId: firmB });
    const target = await t.signIn('officer', { policeUnitId: unitA });
    const renamed = await as(coordinator).patch(`/api/users/${target.id}`, { displayName: '王小明' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().displayName).toBe('王小明');

    const refusals: Array<[TestUser, string, object, number, string]> = [
      [coordinator, officerB.id, { displayName: 'x' }, 404, 'user.not_found'],
      [coordinator, target.id, { role: 'coordinator' }, 403, 'user.outside_scope'],
      [coordinator, target.id, { policeUnitId: unitB }, 403, 'user.outside_scope'],
      [coordinator, coordinator.id, { role: 'admin' }, 404, 'user.not_found'],
      [memberAdmin, trainer.id, { memberFirmId: firmB }, 403, 'user.outside_scope'],
      [memberAdmin, trainer.id, { role: 'member_admin' }, 403, 'user.outside_scope'],
      [memberAdmin, trainerB.id, { displayName: 'x' }, 404, 'user.not_found'],
      [memberAdmin, memberAdmin.id, { role: 'admin', memberFirmId: null }, 404, 'user.not_found'],
      [admin, admin.id, { role: 'officer', policeUnitId: unitA }, 403, 'user.cannot_change_own_role'],
      [admin, target.id, { role: 'trainer' }, 400, 'user.unit_not_allowed_for_role'],
      [admin, target.id, { email: officer.email.toUpperCase() }, 409, 'user.email_in_use'],
      [officer, target.id, { displayName: 'x' }, 403, 'auth.role_forbidden'],
      [trainer, trainer.id, { role: 'admin' }, 403, 'auth.role_forbidden'],
    ];
    const failures: string[] = [];
    for (const [actor, id, payload, status, code] of refusals) {
      const answer = await as(actor).patch(`/api/users/${id}`, payload);
      if (answer.statusCode !== status || answer.json().code !== code)
        failures.push(`${actor.role} ${JSON.stringify(payload)}: ${answer.statusCode} ${answer.json().code}`);
    }
    expect(failures).toEqual([]);
    const [row] = await t.db.query(`SELECT role, police_unit_id, display_name FROM app_user WHERE id = $1`, [
      target.id,
    ]);
    expect(row).toEqual({ role: 'officer', police_unit_id: unitA, display_name: '王小明' });

    // An admin moves the officer to a firm as a trainer; the change is audited field by field.
    const moved = await as(admin).patch(`/api/users/${target.id}`, {
      role: 'trainer',
      policeUnitId: null,
      memberFirmId: firmB,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ role: 'trainer', policeUnitId: null, memberFirmId: firmB });
    const [event] = await t.db.query(
      `SELECT actor_id, details FROM audit_event WHERE entity_id = $1 AND action = 'app_user.update' ORDER BY created_at DESC LIMIT 1`,
      [target.id],
    );
    expect(event.actor_id).toBe(admin.id);
    expect(event.details.changes).toEqual({
      role: { from: 'officer', to: 'trainer' },
      policeUnitId: { from: unitA, to: null },
      memberFirmId: { from: null, to: firmB },
    });
    // The role is read on every request: the moved user is a trainer at once.
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie: target.cookie })).json().role).toBe('trainer');
  });

  it('disabling ends the account’s sessions at once; enabling lets it sign in again; both audited', async () => {
    const target = await t.signIn('officer', { policeUnitId: unitA });
    const me = () => t.inject({ method: 'GET', url: '/api/auth/me', cookie: target.cookie });
    expect((await me()).statusCode).toBe(200);
    expect((await as(coordinator).patch(`/api/users/${target.id}`, { disabled: true })).json().disabled).toBe(true);
    expect((await me()).statusCode).toBe(401);
    const signIn = () =>
      t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: target.email, password: TEST_PASSWORD } });
    expect((await signIn()).statusCode).toBe(401);
    // A reset for a disabled account is refused; disabling twice changes nothing.
    expect((await as(coordinator).post(`/api/users/${target.id}/password-reset`)).json().code).toBe('user.disabled');
    expect((await as(coordinator).patch(`/api/users/${target.id}`, { disabled: true })).statusCode).toBe(200);
    expect((await as(coordinator).patch(`/api/users/${target.id}`, { disabled: false })).json().disabled).toBe(false);
    expect((await me()).statusCode).toBe(401);
    expect((await signIn()).statusCode).toBe(200);
    expect(await audit(target.id)).toEqual(['app_user.disable', 'app_user.enable']);

    const self = await as(admin).patch(`/api/users/${admin.id}`, { disabled: true });
    expect(self.json().code).toBe('user.cannot_disable_self');
    const officerB = await t.signIn('officer', { policeUnitId: unitB });
    expect((await as(coordinator).patch(`/api/users/${officerB.id}`, { disabled: true })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie: officerB.cookie })).statusCode).toBe(200);
  });

  it('issues reset links within scope only; a used reset ends the account’s sessions', async () => {
    const trainerB = await t.signIn('trainer', { memberFirmId: firmB });
    const mine = await t.signIn('trainer', { memberFirmId: firmA });
    expect((await as(memberAdmin).post(`/api/users/${trainerB.id}/password-reset`)).statusCode).toBe(404);
    expect((await as(coordinator).post(`/api/users/${mine.id}/password-reset`)).statusCode).toBe(404);
    expect((await as(officer).post(`/api/users/${mine.id}/password-reset`)).statusCode).toBe(403);
    const reset = await as(memberAdmin).post(`/api/users/${mine.id}/password-reset`);
    expect(reset.statusCode).toBe(201);
    expect(reset.json()).toMatchObject({ emailed: false });
    const token = reset.json().link.split('#token=')[1];
    const used = await t.inject({
      method: 'POST',
      url: '/api/auth/set-password',
      payload: { token, password: CHOSEN_PASSWORD },
    });
    expect(used.statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie: mine.cookie })).statusCode).toBe(401);
    expect(await audit(mine.id)).toEqual(['app_user.password_reset_issue', 'app_user.password_reset']);
    const [{ issued_by }] = await t.db.query(`SELECT issued_by FROM account_link WHERE user_id = $1`, [mine.id]);
    expect(issued_by).toBe(memberAdmin.id);
  });

  it('two creations of one e-mail at once: one account, the other 409', async () => {
    const address = email('twice');
    const answers = await Promise.all(
      [0, 1, 2].map(() => as(admin).post('/api/users', { email: address, displayName: 'Twice', role: 'admin' })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    expect(answers.filter((a) => a.statusCode === 409).every((a) => a.json().code === 'user.email_in_use')).toBe(true);
  });

  it('every operation on an existing account, for every role and target: allowed in scope, 404 beyond, 403 without People', async () => {
    const officerA = await t.signIn('officer', { policeUnitId: unitA });
    const trainerA = await t.signIn('trainer', { memberFirmId: firmA });
    const officerB = await t.signIn('officer', { policeUnitId: unitB });
    const invitedA = await as(coordinator).post('/api/users', {
      email: email('matrix'),
      displayName: 'Invited A',
      role: 'officer',
    });
    const invitedId: string = invitedA.json().id;
    const operations: Record<string, (actor: TestUser, id: string) => Promise<{ statusCode: number }>> = {
      get: (actor, id) => as(actor).get(`/api/users/${id}`),
      edit: (actor, id) => as(actor).patch(`/api/users/${id}`, { displayName: 'Перевірка' }),
      disable: (actor, id) => as(actor).patch(`/api/users/${id}`, { disabled: true }),
      enable: (actor, id) => as(actor).patch(`/api/users/${id}`, { disabled: false }),
      reset: (actor, id) => as(actor).post(`/api/users/${id}/password-reset`),
      invite: (actor, id) => as(actor).post(`/api/users/${id}/invitation`),
    };
    const success: Record<string, number> = { get: 200, edit: 200, disable: 200, enable: 200, reset: 201, invite: 201 };
    const targets = { officerA: officerA.id, trainerA: trainerA.id, officerB: officerB.id, invitedA: invitedId };
    const inScope: Record<string, Array<keyof typeof targets>> = {
      admin: ['officerA', 'trainerA', 'officerB', 'invitedA'],
      coordinator: ['officerA', 'invitedA'],
      member_admin: ['trainerA'],
      officer: [],
      trainer: [],
    };
    const failures: string[] = [];
    for (const actor of [admin, coordinator, memberAdmin, officer, trainer]) {
      for (const [target, id] of Object.entries(targets) as Array<[keyof typeof targets, string]>) {
        for (const [name, run] of Object.entries(operations)) {
          // An invitation goes only to an account without a password; others take a reset.
          if (name === 'invite' && target !== 'invitedA') continue;
          const want =
            actor.role === 'officer' || actor.role === 'trainer'
              ? 403
              : inScope[actor.role].includes(target)
                ? success[name]
                : 404;
          const got = (await run(actor, id)).statusCode;
          if (got !== want) failures.push(`${actor.role} ${name} ${target}: ${got}, wanted ${want}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
