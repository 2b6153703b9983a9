import { Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../database/data-source-options';
import { clearRedisPrefix, testConfig } from '../../../test/test-app';
import { createTestDatabase } from '../../../test/test-database';
import { WorkerProcess } from '../../../test/worker-process';
import type { AppConfig } from '../config/app-config';
import { JobName, QueueName } from './queue-registry';
import { bullConnection } from './queue.service';

/** The worker entry point, run as a real process against real PostgreSQL and Redis. */
describe('worker process', () => {
  let config: AppConfig;
  let db: DataSource;
  let drop: () => Promise<void>;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    config = testConfig(database.url);
    db = new DataSource(dataSourceOptions(database.url, { logging: false }));
    await db.initialize();
    queue = new Queue(QueueName.Housekeeping, { connection: bullConnection(config), prefix: config.redisPrefix });
    events = new QueueEvents(QueueName.Housekeeping, {
      connection: bullConnection(config),
      prefix: config.redisPrefix,
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await queue.close();
    await db.destroy();
    await clearRedisPrefix(config.redisPrefix);
    await drop();
  });

  async function seedSessions(expiredDaysAgo: number, count: number): Promise<string> {
    const [user] = await db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash) VALUES ($1, 'Admin', 'admin', 'x') RETURNING id`,
      [`a${Date.now()}${Math.random()}@example.test`],
    );
    await db.query(
      `INSERT INTO session (user_id, token_hash, expires_at)
       SELECT $1, md5(random()::text) || md5(random()::text), now() - make_interval(days => $2) FROM generate_series(1, $3)`,
      [user.id, expiredDaysAgo, count],
    );
    await db.query(
      `INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, md5(random()::text) || md5(random()::text), now() + interval '1 day')`,
      [user.id],
    );
    return user.id;
  }

  it('starts, schedules the daily housekeeping, purges expired sessions, and stops on SIGTERM', async () => {
    const userId = await seedSessions(30, 25);
    const worker = WorkerProcess.start(config);
    try {
      await worker.waitForLine(/"worker ready"/);
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toContain(JobName.PurgeExpiredSessions);

      const job = await queue.add(JobName.PurgeExpiredSessions, {});
      const result = await job.waitUntilFinished(events, 30_000);
      expect(result).toEqual({ deleted: 25 });
      const [{ left }] = await db.query(`SELECT count(*)::int AS left FROM session WHERE user_id = $1`, [userId]);
      expect(left).toBe(1); // the live session stays
    } finally {
      worker.signal('SIGTERM');
      expect(await worker.waitForExit()).toBe(0);
    }
  });

  it('lets the active job finish on SIGTERM and leaves no stalled or active job behind', async () => {
    await seedSessions(30, 10);
    const worker = WorkerProcess.start(config);
    // Hold a lock on the expired sessions so the job blocks mid-way, like a long-running job.
    const blocker = new Client({ connectionString: config.databaseUrl });
    await blocker.connect();
    try {
      await worker.waitForLine(/"worker ready"/);
      await blocker.query('BEGIN');
      await blocker.query(`SELECT id FROM session WHERE expires_at < now() FOR UPDATE`);
      const job = await queue.add(JobName.PurgeExpiredSessions, {});
      // Wait until the worker has taken the job.
      for (let i = 0; i < 200 && !(await job.isActive()); i++) await new Promise((r) => setTimeout(r, 50));
      expect(await job.isActive()).toBe(true);

      worker.signal('SIGTERM');
      await worker.waitForLine(/"worker stopping/);
      await new Promise((r) => setTimeout(r, 300));
      expect(worker.child.exitCode).toBeNull(); // still finishing the job
      await blocker.query('COMMIT');

      expect(await worker.waitForExit()).toBe(0);
      expect(await job.getState()).toBe('completed');
      const counts = await queue.getJobCounts('active', 'wait', 'delayed', 'failed');
      expect(counts).toEqual({ active: 0, wait: 0, delayed: expect.any(Number), failed: 0 });
      const [{ expired }] = await db.query(`SELECT count(*)::int AS expired FROM session WHERE expires_at < now()`);
      expect(expired).toBe(0);
    } finally {
      await blocker.end();
      if (worker.child.exitCode === null) worker.signal('SIGKILL');
    }
  });
});
