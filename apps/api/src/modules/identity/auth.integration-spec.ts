import { ServiceUnavailableException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../../database/seeds/demo-data.seed';
import { TestApp, TEST_PASSWORD, sessionCookieFrom } from '../../../test/test-app';
import * as hasher from './password-hasher';
import * as strength from './password-strength';

/** A password set before the strength rule (only a repeat): sign-in still accepts it, and flags it. */
const WEAK_PASSWORD = 'aaaaaaaaaaaa';
const STRONG_PASSWORD = 'quiet-lantern-harbour';

describe('sign-in, sessions and throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_WINDOW_SECONDS: '2' });
  });
  afterAll(() => t.close());

  it('signs in with an httpOnly SameSite cookie, reports the role and stores only a hash of the token', async () => {
    const officer = await t.signIn('officer');
    const me = await t.inject({ method: 'GET', url: '/api/auth/me', cookie: officer.cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: officer.email, role: 'officer', policeUnitId: officer.policeUnitId });

    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: officer.email, password: TEST_PASSWORD },
    });
    const raw = String(login.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Lax/i);
    const token = decodeURIComponent(sessionCookieFrom(login.headers['set-cookie']).split('=')[1]);
    const rows = await t.db.query(`SELECT token_hash FROM session WHERE user_id = $1`, [officer.id]);
    expect(rows.length).toBe(2);
    for (const row of rows) {
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token_hash).not.toContain(token);
    }
  });

  it('stores the password as argon2id with at least 19 MiB and 2 iterations', async () => {
    const admin = await t.signIn('admin');
    const created = await t.inject({
      method: 'POST',
      url: '/api/users',
      cookie: admin.cookie,
      payload: {
        email: 'New.Admin@Example.test',
        displayName: 'New Admin',
        role: 'admin',
        password: 'a-long-enough-password',
      },
    });
    expect(created.statusCode).toBe(201);
    const [row] = await t.db.query(`SELECT password_hash FROM app_user WHERE email = 'new.admin@example.test'`);
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(row.password_hash);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(19456);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
  });

  it('refuses common and trivially patterned passwords at user creation, naming the field', async () => {
    const admin = await t.signIn('admin');
    const create = (password: string, email = `user-${password.length}-${Math.random()}@example.test`) =>
      t.inject({
        method: 'POST',
        url: '/api/users',
        cookie: admin.cookie,
        payload: { email, displayName: 'Oksana Kovalenko', role: 'admin', password },
      });
    for (const password of [
      'aaaaaaaaaaaa',
      '123456789012',
      'passwordpassword',
      'qwertyuiopas',
      'Password1234',
      'abcdefghijkl',
      'oksanakovalenko',
    ]) {
      const refused = await create(password);
      expect({ password, status: refused.statusCode }).toEqual({ password, status: 400 });
      expect(refused.json().message).toMatch(/^password: is too easy to guess/);
    }
    expect((await create('petrenko.mykola', 'petrenko.mykola@example.test')).statusCode).toBe(400);
    const count = await t.db.query(`SELECT count(*)::int AS n FROM app_user WHERE display_name = 'Oksana Kovalenko'`);
    expect(count[0].n).toBe(0);
    // The demo accounts' password (README, seed, browser tests) passes the rule.
    expect((await create(DEMO_PASSWORD)).statusCode).toBe(201);
    expect((await create('quiet-lantern-harbour')).statusCode).toBe(201);
  });

  it('answers the same vague message for an unknown account and a wrong password', async () => {
    const officer = await t.signIn('officer');
    const unknown = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.test', password: 'whatever' },
    });
    const wrong = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: officer.email, password: 'wrong-password' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('logout revokes the session server-side', async () => {
    const officer = await t.signIn('officer');
    const out = await t.inject({ method: 'POST', url: '/api/auth/logout', cookie: officer.cookie });
    expect(out.statusCode).toBe(204);
    const me = await t.inject({ method: 'GET', url: '/api/auth/me', cookie: officer.cookie });
    expect(me.statusCode).toBe(401);
    const [row] = await t.db.query(`SELECT revoked_at FROM session WHERE user_id = $1`, [officer.id]);
    expect(row.revoked_at).not.toBeNull();
  });

  it('throttles ten wrong passwords in a row with 429, and the right password works after the window', async () => {
    const officer = await t.signIn('officer');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: officer.email, password: `wrong-${i}` },
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429, 429, 429]);
    const blocked = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: officer.email, password: TEST_PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().message).toMatch(/^email: /);

    await new Promise((resolve) => setTimeout(resolve, 2200));
    const after = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: officer.email, password: TEST_PASSWORD },
    });
    expect(after.statusCode).toBe(200);
  });

  it('lets at most the limit of a concurrent burst of wrong passwords be checked, and refuses the rest with 429', async () => {
    const officer = await t.signIn('officer');
    const limit = t.config.loginMaxFailuresPerAccount;
    const responses = await Promise.all(
      Array.from({ length: 3 * limit }, (_, i) =>
        t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: officer.email, password: `wrong-${i}` } }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    const checked = statuses.filter((s) => s === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(limit);
    expect(statuses.filter((s) => s === 429).length).toBe(3 * limit - checked);
    for (const r of responses.filter((r) => r.statusCode === 429)) expect(r.json().message).toMatch(/^email: /);
    await new Promise((resolve) => setTimeout(resolve, 2200));
  });

  it('refuses a disabled account and signs it out everywhere', async () => {
    const admin = await t.signIn('admin');
    const officer = await t.signIn('officer');
    const disable = await t.inject({
      method: 'PATCH',
      url: `/api/users/${officer.id}`,
      cookie: admin.cookie,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie: officer.cookie })).statusCode).toBe(401);
    const again = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: officer.email, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);
    const audit = await t.inject({
      method: 'GET',
      url: `/api/audit-events?entityId=${officer.id}`,
      cookie: admin.cookie,
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'app_user.disable',
      actor: { id: admin.id },
      object: { type: 'app_user', id: officer.id },
    });
  });

  it('remembers the portal language a user chooses, and refuses a malformed tag', async () => {
    const officer = await t.signIn('officer');
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie: officer.cookie })).json().locale).toBeNull();
    const chosen = await t.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      cookie: officer.cookie,
      payload: { locale: 'pt-BR' },
    });
    expect(chosen.json().locale).toBe('pt-BR');
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie: officer.cookie })).json().locale).toBe(
      'pt-BR',
    );
    const bad = await t.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      cookie: officer.cookie,
      payload: { locale: 'Portuguese!' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^locale:/);
  });

  describe('passwords set before the strength rule', () => {
    /** An officer whose stored hash is of `password`, inserted directly as an older account would be. */
    async function officerWithPassword(password: string, displayName = 'Olena Kovalenko') {
      const email = `weak-${randomBytes(4).toString('hex')}@example.test`;
      const unit = await t.createUnit();
      const [row] = await t.db.query(
        `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
         VALUES ($1, $2, 'officer', $3, $4) RETURNING id`,
        [email, displayName, await hasher.hashPassword(password), unit],
      );
      return { id: row.id as string, email };
    }
    const login = (email: string, password: string) =>
      t.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const flagOf = async (id: string) =>
      (await t.db.query(`SELECT password_change_required AS f FROM app_user WHERE id = $1`, [id]))[0].f as boolean;
    const change = (cookie: string, currentPassword: unknown, newPassword: unknown) =>
      t.inject({ method: 'PUT', url: '/api/auth/me/password', cookie, payload: { currentPassword, newPassword } });

    it('flags a weak password at sign-in, in the answer and in /me, until the user changes it; the change clears it', async () => {
      const user = await officerWithPassword(WEAK_PASSWORD);
      expect(await flagOf(user.id)).toBe(false);

      const first = await login(user.email, WEAK_PASSWORD);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ email: user.email, passwordChangeRequired: true });
      expect(await flagOf(user.id)).toBe(true);
      const cookie = sessionCookieFrom(first.headers['set-cookie']);
      const me = await t.inject({ method: 'GET', url: '/api/auth/me', cookie });
      expect(me.json().passwordChangeRequired).toBe(true);
      // Asked again at the next sign-in (another browser), and the account is usable meanwhile.
      const second = await login(user.email, WEAK_PASSWORD);
      expect(second.json().passwordChangeRequired).toBe(true);
      const otherCookie = sessionCookieFrom(second.headers['set-cookie']);
      expect((await t.inject({ method: 'GET', url: '/api/enrolments', cookie })).statusCode).toBe(200);

      // Refusals name the field and change nothing.
      const wrong = await change(cookie, 'not-my-password', STRONG_PASSWORD);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().message).toBe('currentPassword: not recognised');
      expect(wrong.json()).toMatchObject({ code: 'auth.current_password_not_recognised', field: 'currentPassword' });
      const weakAgain = await change(cookie, WEAK_PASSWORD, 'bbbbbbbbbbbbbbbb');
      expect(weakAgain.statusCode).toBe(400);
      expect(weakAgain.json().message).toMatch(/^newPassword: is too easy to guess/);
      expect(weakAgain.json()).toMatchObject({ code: 'validation.isHardToGuess', field: 'newPassword' });
      const ownName = await change(cookie, WEAK_PASSWORD, 'olenakovalenko');
      expect(ownName.statusCode).toBe(400);
      expect(ownName.json().message).toMatch(/^newPassword: is too easy to guess/);
      const same = await change(cookie, WEAK_PASSWORD, WEAK_PASSWORD);
      expect(same.statusCode).toBe(400);
      expect(same.json().message).toMatch(/^newPassword: /);
      expect(same.json()).toMatchObject({ code: 'auth.password_unchanged', field: 'newPassword' });
      expect(await flagOf(user.id)).toBe(true);

      const changed = await change(cookie, WEAK_PASSWORD, STRONG_PASSWORD);
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ email: user.email, passwordChangeRequired: false });
      expect(await flagOf(user.id)).toBe(false);
      expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie })).json().passwordChangeRequired).toBe(
        false,
      );
      // The other session is signed out; the old password no longer works, the new one does, unflagged.
      expect((await t.inject({ method: 'GET', url: '/api/auth/me', cookie: otherCookie })).statusCode).toBe(401);
      expect((await login(user.email, WEAK_PASSWORD)).statusCode).toBe(401);
      const again = await login(user.email, STRONG_PASSWORD);
      expect(again.statusCode).toBe(200);
      expect(again.json().passwordChangeRequired).toBe(false);
      const [audit] = await t.db.query(
        `SELECT actor_id FROM audit_event WHERE action = 'app_user.password_change' AND entity_id = $1`,
        [user.id],
      );
      expect(audit.actor_id).toBe(user.id);
    });

    it('never flags a strong password, and flags one built from the user’s own name', async () => {
      const strong = await officerWithPassword(STRONG_PASSWORD);
      const first = await login(strong.email, STRONG_PASSWORD);
      expect(first.json().passwordChangeRequired).toBe(false);
      expect((await login(strong.email, STRONG_PASSWORD)).json().passwordChangeRequired).toBe(false);
      expect(await flagOf(strong.id)).toBe(false);
      // The demo accounts' password passes too.
      const demo = await officerWithPassword(DEMO_PASSWORD, 'Demo Officer');
      expect((await login(demo.email, DEMO_PASSWORD)).json().passwordChangeRequired).toBe(false);

      const named = await officerWithPassword('mariapetrenko', 'Maria Petrenko');
      expect((await login(named.email, 'mariapetrenko')).json().passwordChangeRequired).toBe(true);
      // Shorter than the rule's 12 characters, however random.
      const short = await officerWithPassword('x7#Qp!v2Lz');
      expect((await login(short.email, 'x7#Qp!v2Lz')).json().passwordChangeRequired).toBe(true);
    });

    it('a sign-in with the old password that was being checked while the password changed gets no session, and no flag', async () => {
      // Not flagged yet (first sign-in since the rule), with a session open elsewhere that changes the password.
      const user = await officerWithPassword(WEAK_PASSWORD);
      const cookie = await t.sessionCookie(user.id);
      const verify = jest.spyOn(hasher, 'verifyPassword');
      try {
        // The second sign-in has read the old hash; the change commits while its password is being checked.
        verify.mockImplementationOnce(async (hash, password) => {
          const result = await hasher.verifyPassword(hash, password);
          const changed = await change(cookie, WEAK_PASSWORD, STRONG_PASSWORD);
          expect(changed.statusCode).toBe(200);
          return result;
        });
        const late = await login(user.email, WEAK_PASSWORD);
        // The change signed out every other session; a sign-in with the old password must not outlive it.
        expect(late.statusCode).toBe(401);
        expect(late.json()).toMatchObject({ code: 'auth.credentials_not_recognised' });
        expect(late.headers['set-cookie']).toBeUndefined();
      } finally {
        verify.mockRestore();
      }
      expect(await flagOf(user.id)).toBe(false);
      const [{ live }] = await t.db.query(
        `SELECT count(*)::int AS live FROM session WHERE user_id = $1 AND revoked_at IS NULL`,
        [user.id],
      );
      expect(live).toBe(1);
    });

    it('judges the new password only once the current one is confirmed, so guesses never reach the estimator', async () => {
      const user = await officerWithPassword(WEAK_PASSWORD);
      const cookie = await t.sessionCookie(user.id);
      const rule = jest.spyOn(strength, 'meetsPasswordRule');
      try {
        const guess = await change(cookie, 'not-my-password', 'P4$$w0rd'.repeat(32));
        expect(guess.statusCode).toBe(400);
        expect(guess.json()).toMatchObject({ code: 'auth.current_password_not_recognised', field: 'currentPassword' });
        expect(rule).not.toHaveBeenCalled();
      } finally {
        rule.mockRestore();
      }
    });

    it('of two changes made at once from the same password, exactly one wins', async () => {
      const user = await officerWithPassword(WEAK_PASSWORD);
      const cookie = sessionCookieFrom((await login(user.email, WEAK_PASSWORD)).headers['set-cookie']);
      const candidates = ['amber-violin-meadow', 'copper-kettle-orbit', 'silent-tundra-ferry'];
      const responses = await Promise.all(candidates.map((p) => change(cookie, WEAK_PASSWORD, p)));
      const statuses = responses.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      for (const r of responses.filter((r) => r.statusCode !== 200)) {
        expect([400, 409]).toContain(r.statusCode);
        expect(r.json().message).toMatch(/^currentPassword: /);
        expect(['auth.password_changed_meanwhile', 'auth.current_password_not_recognised']).toContain(r.json().code);
      }
      const winner = candidates[statuses.indexOf(200)];
      for (const p of candidates) expect((await login(user.email, p)).statusCode).toBe(p === winner ? 200 : 401);
      expect(await flagOf(user.id)).toBe(false);
    });

    it('signs in even when the strength estimator is saturated, and judges the password at a later sign-in', async () => {
      const user = await officerWithPassword(WEAK_PASSWORD);
      const rule = jest.spyOn(strength, 'meetsPasswordRule');
      try {
        rule.mockRejectedValueOnce(new ServiceUnavailableException('password: too many passwords are being checked'));
        const busy = await login(user.email, WEAK_PASSWORD);
        expect(busy.statusCode).toBe(200);
        expect(busy.json().passwordChangeRequired).toBe(false);
      } finally {
        rule.mockRestore();
      }
      const later = await login(user.email, WEAK_PASSWORD);
      expect(later.json().passwordChangeRequired).toBe(true);
    });

    it('throttles guesses of the current password with the sign-in allowance', async () => {
      const user = await officerWithPassword(WEAK_PASSWORD);
      const cookie = sessionCookieFrom((await login(user.email, WEAK_PASSWORD)).headers['set-cookie']);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await change(cookie, `guess-${i}`, STRONG_PASSWORD)).statusCode);
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);
      const blocked = await change(cookie, WEAK_PASSWORD, STRONG_PASSWORD);
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().message).toMatch(/^currentPassword: too many wrong passwords/);
      expect((await login(user.email, WEAK_PASSWORD)).statusCode).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect((await change(cookie, WEAK_PASSWORD, STRONG_PASSWORD)).statusCode).toBe(200);
    });
  });
});
