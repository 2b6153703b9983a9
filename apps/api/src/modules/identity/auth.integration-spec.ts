import { DEMO_PASSWORD } from '../../database/seeds/demo-data.seed';
import { TestApp, TEST_PASSWORD, sessionCookieFrom } from '../../../test/test-app';

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
      action: 'app_user.update',
      actorId: admin.id,
      entityType: 'app_user',
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
});
