import { Logger } from '@nestjs/common';
import { AuthService } from '../src/modules/identity/auth.service';
import { TestApp } from './test-app';
import { captureLogLines } from './log-lines';

/**
 * The request context of the API's log lines (core/logging: pino-http and nestjs-pino's context, run from a Fastify
 * hook): a feature's Logger line written while a request is served carries that request's id.
 */
describe('request logging context', () => {
  let t: TestApp;
  let entries: ReturnType<typeof captureLogLines>['entries'];

  beforeAll(async () => {
    ({ entries } = captureLogLines());
    t = await TestApp.start({ LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  it("gives the lines Nest's Logger writes while serving a request that request's id, after an await too", async () => {
    const officer = await t.signIn('officer');
    const me = AuthService.prototype.me;
    const spy = jest.spyOn(AuthService.prototype, 'me').mockImplementation(async function (this: AuthService, user) {
      new Logger('Probe').log('before the await');
      const answer = await me.call(this, user);
      new Logger('Probe').log('after the await');
      return answer;
    });
    try {
      const res = await t.inject({
        method: 'GET',
        url: '/api/auth/me',
        cookie: officer.cookie,
        headers: { 'x-request-id': 'context-probe' },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      spy.mockRestore();
    }
    const probes = entries().filter((e) => e.context === 'Probe' && /the await$/.test(e.msg));
    expect(probes.map((e) => [e.msg, e.reqId])).toEqual([
      ['before the await', 'context-probe'],
      ['after the await', 'context-probe'],
    ]);
    new Logger('Probe').log('outside any request');
    expect(entries().find((e) => e.msg === 'outside any request')?.reqId).toBeUndefined();
  });
});
