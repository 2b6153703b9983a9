import { setTimeout as sleep } from 'node:timers/promises';
import { hashPassword } from '../src/modules/identity/password-hasher';
import { ApiProcess } from './api-process';
import { createTrainers, overlappingBookings, waitFor } from './assignment-fixtures';
import { createPublishedCourse } from './learning-fixtures';
import { sessionCookieFrom, TestApp, TEST_PASSWORD } from './test-app';
import { WorkerProcess } from './worker-process';

const DAY = 86_400_000;

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

  async function user(role: 'officer' | 'coordinator' | 'admin', email: string): Promise<string> {
    const unit = role === 'admin' ? null : await b.createUnit();
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

  it('the matcher with two worker processes: requests raised on A and on B, no trainer booked twice', async () => {
    const admin = await b.signIn('admin');
    const { courseId } = await createPublishedCourse(b, admin);
    await createTrainers(b, 6, { courseId, firms: [await b.createFirm(), await b.createFirm()], loadLimit: 50 });
    await user('coordinator', 'two.coordinator@example.test');
    const coordinator = await signInOnA('two.coordinator@example.test');
    // The real worker entry point with WORKER_PROCESSES=2: two supervised copies on one Redis and database.
    const workers = WorkerProcess.start(b.config, {
      WORKER_PROCESSES: '2',
      WORKER_CONCURRENCY: '4',
      PROPOSAL_TTL_SECONDS: '3600',
    });
    try {
      await waitFor(
        'both worker copies ready',
        async () => workers.lines.filter((l) => l.includes('"worker process ready"')).length === 2,
        90_000,
      );
      const raise = (i: number) => {
        const starts = new Date(Date.UTC(2031, 0, 5) + (i % 10) * 2 * DAY);
        const body = {
          courseId,
          language: 'uk',
          startsAt: starts.toISOString(),
          endsAt: new Date(starts.getTime() + 5 * DAY).toISOString(),
          deliveryMode: 'in_person',
          seats: 12,
        };
        return i % 2 === 0
          ? onA('POST', '/api/training-requests', coordinator, body).then((r) => ({ status: r.status, text: r.text }))
          : onB('POST', '/api/training-requests', coordinator, body).then((r) => ({
              status: r.statusCode,
              text: r.body,
            }));
      };
      const raised = await Promise.all(Array.from({ length: 30 }, (_, i) => raise(i)));
      expect(raised.map((r) => r.status)).toEqual(Array(30).fill(201));
      const ids = raised.map((r) => (JSON.parse(r.text) as { id: string }).id);
      await waitFor(
        'every request matched',
        async () => {
          const [{ n }] = await b.db.query(
            `SELECT count(*)::int AS n FROM training_request WHERE id = ANY($1) AND status IN ('pending', 'matching')`,
            [ids],
          );
          return n === 0;
        },
        60_000,
      );
      expect(await overlappingBookings(b)).toEqual([]);
      const [{ proposed, single }] = await b.db.query(
        `SELECT count(*) FILTER (WHERE r.status = 'proposed')::int AS proposed,
                count(*) FILTER (WHERE r.status = 'proposed'
                  AND (SELECT count(*) FROM assignment a WHERE a.training_request_id = r.id AND a.status = 'proposed') = 1)::int AS single
           FROM training_request r WHERE r.id = ANY($1)`,
        [ids],
      );
      expect(proposed).toBeGreaterThan(0);
      expect(single).toBe(proposed);
      // Two copies, two processes.
      const pids = new Set(
        workers.lines.filter((l) => l.includes('"worker process ready"')).map((l) => JSON.parse(l).pid as number),
      );
      expect(pids.size).toBe(2);
    } finally {
      workers.signal('SIGTERM');
      await workers.waitForExit();
    }
  }, 180_000);

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
