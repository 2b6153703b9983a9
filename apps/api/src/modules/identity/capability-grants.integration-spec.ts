import { TEST_PASSWORD, TestApp, type TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';

describe('capability grants', () => {
  let t: TestApp;
  let admin: TestUser;
  let trainer: TestUser;
  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    trainer = await t.signIn('trainer');
  });
  afterAll(() => t.close());

  const url = (userId: string) => `/api/users/${userId}/capability-grants`;
  const grant = (who: TestUser, userId: string, payload: unknown) =>
    t.inject({ method: 'POST', url: url(userId), cookie: who.cookie, payload });

  it('grants translate for a locale, lists it, refuses the same live grant twice and revokes it, all audited', async () => {
    const created = await grant(admin, trainer.id, { capability: 'translate', scope: 'uk' });
    expect(created.statusCode).toBe(201);
    const g = created.json();
    expect(g).toMatchObject({ userId: trainer.id, capability: 'translate', scope: 'uk', revokedAt: null });
    expect(g.grantedByEmail).toBe(admin.email);

    const again = await grant(admin, trainer.id, { capability: 'translate', scope: 'uk' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'capability_grant.already_active',
      params: { capability: 'translate', scope: 'uk' },
    });

    const revoked = await t.inject({ method: 'DELETE', url: `${url(trainer.id)}/${g.id}`, cookie: admin.cookie });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    expect(revoked.json().revokedByEmail).toBe(admin.email);
    const twice = await t.inject({ method: 'DELETE', url: `${url(trainer.id)}/${g.id}`, cookie: admin.cookie });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('capability_grant.already_revoked');

    // Revoked grants are kept; the same capability may be granted again.
    expect((await grant(admin, trainer.id, { capability: 'translate', scope: 'uk' })).statusCode).toBe(201);
    const list = await t.inject({ method: 'GET', url: url(trainer.id), cookie: admin.cookie });
    expect(list.json().map((x: { revokedAt: string | null }) => x.revokedAt === null)).toEqual([true, false]);

    const events = await t.db.query(
      `SELECT action, details->>'scope' AS scope FROM audit_event WHERE entity_id = $1 AND action LIKE 'capability_grant.%' ORDER BY created_at, action`,
      [trainer.id],
    );
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual([
      'capability_grant.grant',
      'capability_grant.grant',
      'capability_grant.revoke',
    ]);
  });

  it('Me lists the capabilities held live, once each, and drops one the moment its last grant is revoked', async () => {
    const officer = await t.signIn('officer');
    const me = async () => (await t.inject({ method: 'GET', url: '/api/auth/me', cookie: officer.cookie })).json();
    expect((await me()).capabilities).toEqual([]);
    const { courseId } = await createPublishedCourse(t, admin);
    const granted = [];
    for (const scope of [courseId, 'uk']) {
      const capability = scope === 'uk' ? 'translate' : 'local_trainer';
      const g = await grant(admin, officer.id, { capability, scope });
      expect({ capability, status: g.statusCode }).toEqual({ capability, status: 201 });
      granted.push(g.json());
    }
    expect((await me()).capabilities).toEqual(['local_trainer', 'translate']);
    // Signing in answers them too (the portal builds its menu from that answer).
    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: officer.email, password: TEST_PASSWORD },
    });
    expect(login.json().capabilities).toEqual(['local_trainer', 'translate']);
    await t.inject({ method: 'DELETE', url: `${url(officer.id)}/${granted[0].id}`, cookie: admin.cookie });
    expect((await me()).capabilities).toEqual(['translate']);
  });

  it('two admins granting the same capability at once: one grant, one 409', async () => {
    const other = await t.signIn('admin');
    const answers = await Promise.all([
      grant(admin, trainer.id, { capability: 'translate', scope: 'zh-CN' }),
      grant(other, trainer.id, { capability: 'translate', scope: 'zh-CN' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM capability_grant WHERE user_id = $1 AND scope = 'zh-CN' AND revoked_at IS NULL`,
      [trainer.id],
    );
    expect(n).toBe(1);
  });

  it('refuses a translate scope that is no content locale, an unknown capability and an unknown user', async () => {
    const unknown = await grant(admin, trainer.id, { capability: 'translate', scope: 'xx-YY' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'capability_grant.unknown_locale', field: 'scope' });
    expect((await grant(admin, trainer.id, { capability: 'superuser', scope: 'uk' })).statusCode).toBe(400);
    expect((await grant(admin, trainer.id, { capability: 'translate', scope: '../uk' })).statusCode).toBe(400);
    const course = await grant(admin, trainer.id, {
      capability: 'local_trainer',
      scope: '00000000-0000-0000-0000-000000000000',
    });
    expect(course.json().code).toBe('capability_grant.unknown_course');
    const nobody = await grant(admin, '00000000-0000-0000-0000-000000000000', { capability: 'translate', scope: 'uk' });
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().code).toBe('user.not_found');
    const notUuid = await t.inject({ method: 'GET', url: url('not-a-uuid'), cookie: admin.cookie });
    expect(notUuid.statusCode).toBe(400);
    const noGrant = await t.inject({
      method: 'DELETE',
      url: `${url(trainer.id)}/00000000-0000-0000-0000-000000000000`,
      cookie: admin.cookie,
    });
    expect(noGrant.json().code).toBe('capability_grant.not_found');
  });

  it('an admin reads one user (the capabilities page names them)', async () => {
    const one = await t.inject({ method: 'GET', url: `/api/users/${trainer.id}`, cookie: admin.cookie });
    expect(one.json()).toMatchObject({ id: trainer.id, email: trainer.email, role: 'trainer' });
    const none = await t.inject({
      method: 'GET',
      url: '/api/users/00000000-0000-0000-0000-000000000000',
      cookie: admin.cookie,
    });
    expect(none.json().code).toBe('user.not_found');
    expect(
      (await t.inject({ method: 'GET', url: `/api/users/${trainer.id}`, cookie: trainer.cookie })).statusCode,
    ).toBe(403);
  });

  it('is for admins only: a trainer cannot grant themselves translate', async () => {
    const self = await grant(trainer, trainer.id, { capability: 'translate', scope: 'es' });
    expect(self.statusCode).toBe(403);
    expect((await t.inject({ method: 'GET', url: url(trainer.id), cookie: trainer.cookie })).statusCode).toBe(403);
  });
});
