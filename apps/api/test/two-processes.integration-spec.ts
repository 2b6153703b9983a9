import { setTimeout as sleep } from 'node:timers/promises';
import { hashPassword } from '../src/modules/identity/password-hasher';
import { ApiProcess } from './api-process';
import { sessionCookieFrom, TestApp, TEST_PASSWORD } from './test-app';

/**
 * The API as several processes on one database and Redis: A is the real entry point run with
 * `API_PROCESSES=2` (two copies behind one port, supervised), B an instance in this test's process. Both keep
 * sessions cached for a minute, so only the revocation broadcast can make B refuse what A revoked.
 */
describe('several API processes: sessions, revocation, throttles and rate limits as with one', () => {
  const settings = {
    SESSION_CACHE_TTL_MS: '60000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '4',
    PASSWORD_RESET_REQUESTS_PER_ACCOUNT: '2',
  };
  let b: TestApp;
  let a: ApiProcess;
  let adminCookie: string;

  async function onA(method: string, path: string, cookie?: string, body?: unknown) {
    const response = await fetch(`${a.base}${path}`, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }
  const onB = (method: string, url: string, cookie?: string, payload?: unknown) =>
    b.inject({ method, url, cookie, payload: payload as object });

  async function user(role: 'officer' | 'admin', email: string): Promise<string> {
    const unit = role === 'officer' ? await b.createUnit() : null;
    const [row] = await b.db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [email, `Two ${role}`, role, await hashPassword(TEST_PASSWORD), unit],
    );
    return row.id;
  }
  async function signInOnA(email: string): Promise<string> {
    const login = await onA('POST', '/api/auth/login', undefined, { email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    return sessionCookieFrom(login.headers.getSetCookie());
  }
  /** Polls until B answers `status` for the cookie; answers the milliseconds it took. */
  async function bAnswers(cookie: string, status: number, withinMs: number): Promise<number> {
    const start = Date.now();
    for (;;) {
      if ((await onB('GET', '/api/auth/me', cookie)).statusCode === status) return Date.now() - start;
      if (Date.now() - start > withinMs) throw new Error(`B did not answer ${status} within ${withinMs} ms`);
      await sleep(20);
    }
  }

  beforeAll(async () => {
    b = await TestApp.start(settings);
    a = await ApiProcess.start(b.config, { ...settings, API_PROCESSES: '2' });
    await a.waitFor(() => a.listening().length === 2, 'two copies listening', 90_000);
    await user('admin', 'two.admin@example.test');
    adminCookie = await signInOnA('two.admin@example.test');
  }, 120_000);
  afterAll(async () => {
    await a?.stop();
    await b?.close();
  });

  it('a session opened on A works on B, and a sign-out on A is refused on B within a second', async () => {
    await user('officer', 'two.officer1@example.test');
    const cookie = await signInOnA('two.officer1@example.test');
    expect((await onB('GET', '/api/auth/me', cookie)).json().email).toBe('two.officer1@example.test');
    expect((await onB('GET', '/api/auth/me', cookie)).statusCode).toBe(200); // now from B's cache
    expect((await onA('POST', '/api/auth/logout', cookie)).status).toBe(204);
    expect(await bAnswers(cookie, 401, 1000)).toBeLessThan(1000);
    expect((await onA('GET', '/api/auth/me', cookie)).status).toBe(401);
  });

  it('disabling a user on A ends their session on B within a second', async () => {
    const id = await user('officer', 'two.officer2@example.test');
    const cookie = await signInOnA('two.officer2@example.test');
    expect((await onB('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    expect((await onA('PATCH', `/api/users/${id}`, adminCookie, { disabled: true })).status).toBe(200);
    expect(await bAnswers(cookie, 401, 1000)).toBeLessThan(1000);
  });

  it('the sign-in throttle and the forgot-password limit count across processes', async () => {
    await user('officer', 'two.officer3@example.test');
    const wrong = { email: 'two.officer3@example.test', password: 'not-the-password-at-all' };
    // 4 failures allowed per account: two on A, two on B; the fifth attempt is refused on either.
    for (let i = 0; i < 2; i++) expect((await onA('POST', '/api/auth/login', undefined, wrong)).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await onB('POST', '/api/auth/login', undefined, wrong)).statusCode).toBe(401);
    expect((await onA('POST', '/api/auth/login', undefined, wrong)).status).toBe(429);
    expect((await onB('POST', '/api/auth/login', undefined, wrong)).statusCode).toBe(429);

    const ask = { email: 'two.officer3@example.test' };
    expect((await onA('POST', '/api/auth/forgot-password', undefined, ask)).status).toBe(204);
    expect((await onB('POST', '/api/auth/forgot-password', undefined, ask)).statusCode).toBe(204);
    expect((await onA('POST', '/api/auth/forgot-password', undefined, ask)).status).toBe(429);
  });

  it('the supervisor replaces a copy that dies, and SIGTERM stops every copy cleanly', async () => {
    const [first] = a.listening();
    process.kill(first, 'SIGKILL');
    await a.waitFor(() => a.lines.some((l) => l.includes('API process died; starting another')), 'restart');
    // The other copy serves meanwhile; the replacement comes up beside it.
    expect((await onA('GET', '/api/health/live')).status).toBe(200);
    const started = () => a.lines.filter((l) => l.includes('"API process started"')).length;
    await a.waitFor(() => started() === 3, 'a replacement started');
    expect(await a.stop()).toBe(0);
    expect(a.lines.some((l) => l.includes('"API processes stopping"'))).toBe(true);
  });
});
