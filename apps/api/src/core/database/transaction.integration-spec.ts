import { ConflictException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { TestApp } from '../../../test/test-app';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { runInTransaction } from './transaction';

describe('runInTransaction: deadlocks and serialization failures are retried, then 409', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.db.query(`CREATE TABLE race_probe (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)`);
    await t.db.query(`INSERT INTO race_probe (id) VALUES (1), (2)`);
  });
  afterAll(() => t.close());

  /** Two transactions that lock rows 1 and 2 in opposite orders, both holding their first lock before either asks for its second. */
  function crossedPair(retries: number) {
    let arrived = 0;
    let release!: () => void;
    const bothHoldTheirFirstLock = new Promise<void>((resolve) => (release = resolve));
    const attempts = [0, 0];
    const run = (first: number, second: number, i: number) =>
      runInTransaction(
        t.db,
        async (manager) => {
          attempts[i]++;
          await manager.query(`UPDATE race_probe SET n = n + 1 WHERE id = $1`, [first]);
          if (attempts[i] === 1) {
            if (++arrived === 2) release();
            await bothHoldTheirFirstLock;
          }
          await manager.query(`UPDATE race_probe SET n = n + 1 WHERE id = $1`, [second]);
          return i;
        },
        { retries, backoffMs: 5 },
      );
    return { results: Promise.allSettled([run(1, 2, 0), run(2, 1, 1)]), attempts };
  }

  it('runs a transaction PostgreSQL chose as a deadlock victim again, so both succeed', async () => {
    const { results, attempts } = crossedPair(3);
    const settled = await results;
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(attempts.sort()).toEqual([1, 2]);
  });

  it('answers 409 (not a 500) once the retries are spent', async () => {
    const { results } = crossedPair(0);
    const settled = await results;
    const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictException);
    expect((rejected[0].reason as ConflictException).getStatus()).toBe(HttpStatus.CONFLICT);
  });

  it('the exception filter maps a deadlock or serialization failure that escaped to 409', () => {
    for (const code of ['40P01', '40001']) {
      const error = new QueryFailedError('UPDATE …', [], Object.assign(new Error('deadlock detected'), { code }));
      let sent: { status?: number; body?: { statusCode: number; message: string } } = {};
      const reply = {
        status: (s: number) => ((sent.status = s), reply),
        type: () => reply,
        header: () => reply,
        send: (body: { statusCode: number; message: string }) => ((sent.body = body), reply),
      };
      const host = {
        switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ method: 'POST', url: '/api/x' }) }),
      };
      new AllExceptionsFilter().catch(error, host as never);
      expect(sent.status).toBe(409);
      expect(sent.body?.message).toMatch(/concurrent change/);
      sent = {};
    }
  });
});
