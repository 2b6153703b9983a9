import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApiApp } from '../../app.factory';
import { TestApp, TEST_PASSWORD, TEST_REDIS_URL, sessionCookieFrom } from '../../../test/test-app';
import { revokeSessionsOf } from './identity.queries';
import { SessionCache } from './session-cache';

/** Polls `probe` until it answers true, for at most `ms`; answers how long it took, or throws. */
async function within(ms: number, probe: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - start;
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await sleep(20);
  }
}

async function cacheListening(app: NestFastifyApplication): Promise<void> {
  const cache = app.get(SessionCache);
  await within(3000, async () => cache.active);
}

describe('session cache: cached lookups, and every change of what the guard reads dropped on every instance', () => {
  let t: TestApp;
  /** A second API instance on the same database and Redis prefix (its own cache and subscription). */
  let b: NestFastifyApplication;
  const me = (app: NestFastifyApplication, cookie: string) =>
    app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  beforeAll(async () => {
    t = await TestApp.start({ SESSION_CACHE_TTL_MS: '60000' });
    b = await createApiApp(t.config);
    await b.init();
    await cacheListening(t.app);
    await cacheListening(b);
  });
  afterAll(async () => {
    await b.close();
    await t.close();
  });

  /** Warms B's cache with the session and checks it answers from it: a name changed in SQL (no announcement) is not seen. */
  async function cachedOnB(user: { id: string; cookie: string }): Promise<void> {
    expect((await me(b, user.cookie)).statusCode).toBe(200);
    const [{ display_name }] = await t.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [user.id]);
    await t.db.query(`UPDATE app_user SET display_name = 'Changed Behind The Cache' WHERE id = $1`, [user.id]);
    const cached = await me(b, user.cookie);
    await t.db.query(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [user.id, display_name]);
    expect(cached.json().displayName).toBe(display_name);
  }

  it('answers a repeated lookup from the cache, without asking the database', async () => {
    const officer = await t.signIn('officer');
    await cachedOnB(officer);
    // The database has the session's user renamed; the cache still answers with what it read.
    await t.db.query(`UPDATE app_user SET display_name = 'Renamed In SQL' WHERE id = $1`, [officer.id]);
    expect((await me(b, officer.cookie)).json().displayName).toBe('Test officer');
    expect(b.get(SessionCache).size).toBeGreaterThan(0);
  });

  it('a sign-out on one instance is refused on the other within a second, despite its cache', async () => {
    const officer = await t.signIn('officer');
    await cachedOnB(officer);
    expect((await t.inject({ method: 'POST', url: '/api/auth/logout', cookie: officer.cookie })).statusCode).toBe(204);
    const took = await within(1000, async () => (await me(b, officer.cookie)).statusCode === 401);
    expect(took).toBeLessThan(1000);
  });

  it('disabling, a role or unit change and a password change reach the other instance within a second', async () => {
    const admin = await t.signIn('admin');
    const patch = (id: string, payload: object) =>
      t.inject({ method: 'PATCH', url: `/api/users/${id}`, cookie: admin.cookie, payload });

    const disabled = await t.signIn('officer');
    await cachedOnB(disabled);
    expect((await patch(disabled.id, { disabled: true })).statusCode).toBe(200);
    await within(1000, async () => (await me(b, disabled.cookie)).statusCode === 401);

    const moved = await t.signIn('officer');
    await cachedOnB(moved);
    const unit = await t.createUnit();
    expect((await patch(moved.id, { role: 'coordinator', policeUnitId: unit })).statusCode).toBe(200);
    await within(1000, async () => {
      const body = (await me(b, moved.cookie)).json();
      return body.role === 'coordinator' && body.policeUnitId === unit;
    });

    const changer = await t.signIn('trainer');
    const second = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: changer.email, password: TEST_PASSWORD },
    });
    const otherCookie = sessionCookieFrom(second.headers['set-cookie']);
    await cachedOnB({ id: changer.id, cookie: otherCookie });
    const change = await t.inject({
      method: 'PUT',
      url: '/api/auth/me/password',
      cookie: changer.cookie,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'amber-quarry-lighthouse-41' },
    });
    expect(change.statusCode).toBe(200);
    await within(1000, async () => (await me(b, otherCookie)).statusCode === 401);
    expect((await me(b, changer.cookie)).statusCode).toBe(200);
  });

  it('own preferences and capability grants changed on one instance are read fresh on the other', async () => {
    const admin = await t.signIn('admin');
    const officer = await t.signIn('officer');
    await cachedOnB(officer);
    const prefs = await t.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      cookie: officer.cookie,
      payload: { timeZone: 'Asia/Tokyo' },
    });
    expect(prefs.statusCode).toBe(200);
    await within(1000, async () => (await me(b, officer.cookie)).json().timeZone === 'Asia/Tokyo');

    await cachedOnB(officer);
    expect((await me(b, officer.cookie)).json().capabilities).toEqual([]);
    const [{ code }] = await t.db.query(`SELECT code FROM content_locale ORDER BY code LIMIT 1`);
    const grant = await t.inject({
      method: 'POST',
      url: `/api/users/${officer.id}/capability-grants`,
      cookie: admin.cookie,
      payload: { capability: 'translate', scope: code },
    });
    expect(grant.statusCode).toBe(201);
    // B answered "no capabilities" from its cache a moment ago; the grant reaches it within a second.
    await within(1000, async () => (await me(b, officer.cookie)).json().capabilities.includes('translate'));
    const revoked = await t.inject({
      method: 'DELETE',
      url: `/api/users/${officer.id}/capability-grants/${grant.json().id}`,
      cookie: admin.cookie,
    });
    expect(revoked.statusCode).toBe(200);
    await within(1000, async () => (await me(b, officer.cookie)).json().capabilities.length === 0);
  });

  it('nothing is announced for a transaction that rolls back', async () => {
    const officer = await t.signIn('officer');
    await cachedOnB(officer);
    await expect(
      t.db.transaction(async (manager) => {
        await revokeSessionsOf(manager, officer.id, new Date());
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await t.db.query(`UPDATE app_user SET display_name = 'Not Announced' WHERE id = $1`, [officer.id]);
    await sleep(200);
    const answer = await me(b, officer.cookie);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().displayName).toBe('Test officer');
  });

  it('fails safe: when its subscription drops, the instance drops its entries and asks the database', async () => {
    const officer = await t.signIn('officer');
    await cachedOnB(officer);
    await t.db.query(`UPDATE app_user SET display_name = 'Seen After The Drop' WHERE id = $1`, [officer.id]);
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const channel = b.get(SessionCache).channel;
      const clients = String(await redis.client('LIST')).split('\n');
      const ids = clients.filter((line) => line.includes(` name=${channel} `)).map((line) => /id=(\d+)/.exec(line)![1]);
      expect(ids.length).toBe(2); // one per instance
      for (const id of ids) await redis.client('KILL', 'ID', id);
    } finally {
      await redis.quit();
    }
    await within(1000, async () => (await me(b, officer.cookie)).json().displayName === 'Seen After The Drop');
    await cacheListening(b);
  });
});
