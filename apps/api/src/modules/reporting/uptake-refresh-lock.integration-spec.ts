import { TestApp, TestUser } from '../../../test/test-app';
import { refreshUptake } from './uptake-rollup';

/**
 * Refreshes run one at a time under a lock of their own transaction (issue 21: nothing held by the
 * connection, as a pooler in transaction mode needs), taken before their snapshot: a refresh that waited
 * reads what the one before it committed, and readers of the figures never wait for either.
 */
describe('uptake refresh lock', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
  });
  afterAll(() => t?.close());

  it('waits for a refresh under way, then takes its snapshot after it; the dashboard answers meanwhile', async () => {
    const once = t.db.createQueryRunner();
    const first = await refreshUptake(once).finally(() => once.release());
    const holder = t.db.createQueryRunner();
    const runner = t.db.createQueryRunner();
    await holder.connect();
    await runner.connect();
    try {
      // Another refresh under way: it holds the lock and has written a newer "as of" it has not committed.
      await holder.startTransaction();
      await holder.query(`LOCK TABLE uptake_refresh IN SHARE ROW EXCLUSIVE MODE`);
      const newer = new Date(first.asOf.getTime() + 60_000);
      await holder.query(`UPDATE uptake_refresh SET as_of = $1`, [newer]);
      const [{ pid }] = await holder.query(`SELECT pg_backend_pid() AS pid`);

      const waiting = refreshUptake(runner);
      for (let i = 0; ; i++) {
        const [{ n }] = await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))`,
          [pid],
        );
        if (n > 0) break;
        if (i > 500) throw new Error('the second refresh never waited');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Readers are not held back by the lock.
      const month = first.asOf.toISOString().slice(0, 7);
      const read = await t.inject({
        method: 'GET',
        url: `/api/reporting/uptake?level=region&from=${month}&to=${month}`,
        cookie: admin.cookie,
      });
      expect(read.statusCode).toBe(200);
      expect(read.json().asOf).toBe(first.asOf.toISOString());

      await holder.commitTransaction();
      const second = await waiting;
      // Its snapshot was taken after the other committed: it saw the newer "as of" and wrote a later one.
      expect(second.asOf.getTime()).toBeGreaterThan(first.asOf.getTime());
      const [{ as_of }] = await t.db.query(`SELECT as_of FROM uptake_refresh`);
      expect(new Date(as_of).toISOString()).toBe(second.asOf.toISOString());
      // Nothing is left held by the connection once the refresh's transaction ended.
      const held = await runner.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE pid = pg_backend_pid() AND (locktype = 'advisory' OR relation = 'uptake_refresh'::regclass)`,
      );
      expect(held[0].n).toBe(0);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
      await runner.release();
    }
  });
});
