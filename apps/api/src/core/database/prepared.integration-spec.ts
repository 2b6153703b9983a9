import { DataSource, QueryFailedError } from 'typeorm';
import { TestApp } from '../../../test/test-app';
import { isPgError, PG } from './pg-errors';
import { selectPrepared, selectRows, usePreparedStatements } from './sql';
import { runInTransaction } from './transaction';

interface PreparedRow {
  name: string;
  statement: string;
  generic_plans: string;
  custom_plans: string;
}

describe('selectPrepared: hot reads parsed and planned once per connection', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  /** The connection's prepared statements whose text contains `marker`. */
  function preparedOn(manager: Parameters<typeof selectRows>[0], marker: string) {
    return selectRows<PreparedRow>(
      manager,
      `SELECT name, statement, generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE $1`,
      [`%${marker}%`],
    );
  }

  it('answers as the unnamed statement does, and the connection keeps it under one name', async () => {
    const sql = `SELECT n, n * 2 AS twice /* probe-a */ FROM generate_series(1, $1::int) n ORDER BY n`;
    await runInTransaction(t.db, async (manager) => {
      const prepared = await selectPrepared<{ n: number; twice: number }>(manager, sql, [3]);
      expect(prepared).toEqual(await selectRows(manager, sql, [3]));
      expect(await selectPrepared(manager, sql, [5])).toHaveLength(5);
      const kept = await preparedOn(manager, 'probe-a');
      expect(kept).toHaveLength(1);
      expect(kept[0].name).toMatch(/^icspa_[0-9a-f]{24}$/);
    });
  });

  it('outside a transaction it runs on a pooled connection and gives that connection back', async () => {
    const sql = `SELECT $1::int + 1 AS next /* probe-b */`;
    const pool = (t.db.driver as unknown as { master: { totalCount: number; idleCount: number } }).master;
    for (let i = 0; i < 30; i++) expect(await selectPrepared(t.db.manager, sql, [i])).toEqual([{ next: i + 1 }]);
    // Every connection taken was returned: as many idle as open.
    expect(pool.idleCount).toBe(pool.totalCount);
  });

  it('a failing statement rejects with QueryFailedError carrying PostgreSQL’s code, and the connection stays usable', async () => {
    const sql = `SELECT $1::uuid AS id /* probe-c */`;
    const failure = await selectPrepared(t.db.manager, sql, ['not-a-uuid']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect(isPgError(failure, PG.INVALID_TEXT_REPRESENTATION)).toBe(true);
    const id = '5a4c1d2e-0000-4000-8000-000000000001';
    expect(await selectPrepared(t.db.manager, sql, [id])).toEqual([{ id }]);
  });

  describe('on a pool of one connection (every call on the same server connection)', () => {
    let one: DataSource;
    beforeAll(async () => {
      one = await new DataSource({ type: 'postgres', url: t.config.databaseUrl, extra: { max: 1 } }).initialize();
      await one.query(`CREATE TABLE prepared_probe (a int)`);
      await one.query(`INSERT INTO prepared_probe VALUES (1)`);
    });
    afterAll(async () => {
      await one.query(`DROP TABLE IF EXISTS prepared_probe`);
      await one.destroy();
      usePreparedStatements(true);
    });
    const named = async () =>
      (await one.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%probe-d%'`))[0]
        .n as number;

    it('answers when a migration changed the table under a kept plan, and prepares the statement again', async () => {
      const sql = `SELECT * FROM prepared_probe /* probe-d */ ORDER BY a`;
      expect(await selectPrepared(one.manager, sql)).toEqual([{ a: 1 }]);
      // The kept statement's result has one column; now the table has two ("cached plan must not change result type").
      await one.query(`ALTER TABLE prepared_probe ADD COLUMN b int NOT NULL DEFAULT 2`);
      expect(await selectPrepared(one.manager, sql)).toEqual([{ a: 1, b: 2 }]);
      expect(await selectPrepared(one.manager, sql)).toEqual([{ a: 1, b: 2 }]);
      // Under a new name: the old one stays on this connection, unused.
      expect(await named()).toBe(2);
    });

    it('answers when the server connection lost its statements (a pooler without them), and prepares it again', async () => {
      const sql = `SELECT a + 1 AS next FROM prepared_probe /* probe-e */`;
      expect(await selectPrepared(one.manager, sql)).toEqual([{ next: 2 }]);
      await one.query(`DEALLOCATE ALL`); // behind pg's back: it still believes the statement is there
      expect(await selectPrepared(one.manager, sql)).toEqual([{ next: 2 }]);
      expect(await selectPrepared(one.manager, sql)).toEqual([{ next: 2 }]);
      const [{ n }] = await one.query(
        `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%probe-e%'`,
      );
      expect(n).toBe(1);
    });

    it('in a transaction, a statement a migration made stale aborts it once, and runInTransaction runs it again', async () => {
      const sql = `SELECT * FROM prepared_probe /* probe-g */ ORDER BY a`;
      expect(await selectPrepared(one.manager, sql)).toHaveLength(1);
      await one.query(`ALTER TABLE prepared_probe ADD COLUMN c int NOT NULL DEFAULT 3`);
      let runs = 0;
      const rows = await runInTransaction(one, async (manager) => {
        runs++;
        await manager.query(`INSERT INTO prepared_probe (a) VALUES (${10 + runs})`);
        return selectPrepared<{ a: number; c: number }>(manager, sql);
      });
      expect(runs).toBe(2);
      // The first run's insert was rolled back with it: only the second run's row is there.
      expect(rows.map((r) => [r.a, r.c])).toEqual([
        [1, 3],
        [12, 3],
      ]);
      await one.query(`DELETE FROM prepared_probe WHERE a <> 1`);
    });

    it('a statement PostgreSQL does not support (0A000, not a stale plan) is not run again', async () => {
      let runs = 0;
      const failure = await runInTransaction(one, async (manager) => {
        runs++;
        return selectPrepared(manager, `SELECT count(*) FROM prepared_probe GROUP BY a FOR UPDATE /* probe-h */`);
      }).catch((e: unknown) => e);
      expect(runs).toBe(1);
      expect(failure).toBeInstanceOf(QueryFailedError);
      expect(isPgError(failure, PG.FEATURE_NOT_SUPPORTED)).toBe(true);
    });

    it('sends statements unnamed when DATABASE_PREPARED_STATEMENTS is off', async () => {
      usePreparedStatements(false);
      const sql = `SELECT a FROM prepared_probe /* probe-f */`;
      expect(await selectPrepared(one.manager, sql)).toEqual([{ a: 1 }]);
      const [{ n }] = await one.query(
        `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%probe-f%'`,
      );
      expect(n).toBe(0);
      usePreparedStatements(true);
    });
  });

  it('past the bound of distinct texts, statements are sent unnamed (a text built with a value in it cannot grow every connection)', () => {
    jest.isolateModules(() => {
      // A fresh copy of the module: its own count of named texts.
      const fresh = require('./sql') as typeof import('./sql');
      for (let i = 0; i < fresh.MAX_PREPARED_STATEMENTS; i++) expect(fresh.preparedName(`SELECT ${i}`)).not.toBeNull();
      expect(fresh.preparedName('SELECT 1 + 1')).toBeNull();
      // Texts already named keep their name.
      expect(fresh.preparedName('SELECT 7')).toMatch(/^icspa_/);
    });
  });
});
