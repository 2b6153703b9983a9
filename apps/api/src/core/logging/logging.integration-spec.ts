import { Logger } from '@nestjs/common';
import pino from 'pino';
import { captureLogLines } from '../../../test/log-lines';
import { TestApp, TEST_PASSWORD, sessionCookieFrom } from '../../../test/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The API's JSON log lines (pino through nestjs-pino), read from stdout and stderr. */
describe('logging', () => {
  let t: TestApp;
  let lines: string[];
  let entries: ReturnType<typeof captureLogLines>['entries'];

  beforeAll(async () => {
    ({ lines, entries } = captureLogLines());
    t = await TestApp.start({ LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  it('logs neither the cookie of a request nor the password and session of a login, and echoes the request id', async () => {
    const officer = await t.signIn('officer');
    const me = await t.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookie: officer.cookie,
      headers: { 'x-request-id': 'probe-42' },
    });
    expect(me.statusCode).toBe(200);
    expect(me.headers['x-request-id']).toBe('probe-42');

    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: officer.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const requestId = String(login.headers['x-request-id']);
    expect(requestId).toMatch(UUID);
    const session = sessionCookieFrom(login.headers['set-cookie']).split('=')[1];

    const meLine = entries().find((e) => e.req?.id === 'probe-42');
    expect(meLine).toMatchObject({
      service: 'api',
      level: 'info',
      msg: 'request completed',
      req: { method: 'GET', url: '/api/auth/me', headers: { cookie: '[redacted]' } },
      res: { statusCode: 200 },
    });
    expect(typeof meLine?.time).toBe('string');
    const loginLine = entries().find((e) => e.req?.id === requestId);
    expect(loginLine).toMatchObject({
      service: 'api',
      req: { method: 'POST', url: '/api/auth/login' },
      res: { statusCode: 200, headers: { 'set-cookie': '[redacted]' } },
    });

    const all = lines.join('\n');
    expect(all).not.toContain(TEST_PASSWORD);
    expect(all).not.toContain(session);
    expect(all).not.toContain(officer.cookie.split('=')[1]);
  });

  it("never logs a private calendar feed's token, which is in the path", async () => {
    const token = 'Zm9vYmFyYmF6cXV4LXNlY3JldC10b2tlbi0xMjM0NTY3ODkw';
    const res = await t.inject({
      method: 'GET',
      url: `/api/calendar/feed/${token}.ics`,
      headers: { 'x-request-id': 'feed-probe' },
    });
    expect(res.statusCode).toBe(404);
    const line = entries().find((e) => e.req?.id === 'feed-probe');
    expect(line?.req?.url).toBe('/api/calendar/feed/[redacted]');
    expect(lines.join('\n')).not.toContain(token);
  });

  it('replaces an incoming request id that is not a short token', async () => {
    const r = await t.inject({ method: 'GET', url: '/api/auth/me', headers: { 'x-request-id': 'a b"}{' } });
    expect(r.headers['x-request-id']).toMatch(UUID);
  });

  it("writes Nest's Logger as JSON with the context, and redacts password and token fields", async () => {
    new Logger('Probe').warn({
      msg: 'probe line',
      password: 'hunter2',
      nested: { token: 'tok-1', newPassword: 'p2', currentPassword: 'p1' },
    });
    const line = entries().find((e) => e.msg === 'probe line');
    expect(line).toMatchObject({
      service: 'api',
      level: 'warn',
      context: 'Probe',
      password: '[redacted]',
      nested: { token: '[redacted]', newPassword: '[redacted]', currentPassword: '[redacted]' },
    });
  });

  it('spends no request logger on health probes, and one on every other request', async () => {
    // Every pino logger's `child` (the request logger is the process logger's child).
    const child = jest.spyOn(Object.getPrototypeOf(Object.getPrototypeOf(pino())) as pino.Logger, 'child');
    await t.inject({ method: 'GET', url: '/api/health/live' });
    await t.inject({ method: 'GET', url: '/api/health' });
    expect(child).not.toHaveBeenCalled();
    await t.inject({ method: 'GET', url: '/api/auth/me' });
    expect(child).toHaveBeenCalled();
    child.mockRestore();
  });

  it("logs the API and the root's documents, not the portal's files", async () => {
    for (const [url, id] of [
      ['/favicon.svg', 'portal-file'],
      ['/assets/index-1a2b3c.js', 'portal-asset'],
      ['/officer/learning', 'portal-route'],
      ['/.well-known/did.json', 'root-document'],
      ['/api/no-such-route', 'api-404'],
    ])
      await t.inject({ method: 'GET', url, headers: { 'x-request-id': id } });
    const logged = new Set(entries().map((e) => e.req?.id));
    expect(
      ['portal-file', 'portal-asset', 'portal-route', 'root-document', 'api-404'].filter((id) => logged.has(id)),
    ).toEqual(['root-document', 'api-404']);
  });

  it('does not log health probes', async () => {
    await t.inject({ method: 'GET', url: '/api/health/live', headers: { 'x-request-id': 'health-probe' } });
    expect(entries().filter((e) => e.req?.id === 'health-probe')).toEqual([]);
  });
});
