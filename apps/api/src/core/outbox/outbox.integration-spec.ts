import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../database/data-source-options';
import { createTestDatabase } from '../../../test/test-database';
import type { AppConfig } from '../config/app-config';
import { BULK_JOB_PRIORITY, JOB_QUEUE, JobName } from '../queue/queue-registry';
import { bullConnection, QueueService } from '../queue/queue.service';
import { OutboxService } from './outbox.service';

/** The relay against real PostgreSQL, with a queue that records what it is given. */
describe('outbox relay', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let added: string[];
  let failAfter: number;

  /** Records each job id; a short pause so two relays interleave. */
  const queues = {
    add: async (_name: JobName, _data: unknown, options: { jobId: string }) => {
      if (added.length >= failAfter) throw new Error('Redis went away');
      await new Promise((resolve) => setTimeout(resolve, 1));
      added.push(options.jobId);
    },
  } as unknown as QueueService;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    db = new DataSource(dataSourceOptions(database.url, { logging: false }));
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await drop();
  });
  beforeEach(async () => {
    added = [];
    failAfter = Infinity;
    await db.query(`DELETE FROM outbox_message`);
  });

  async function seed(count: number): Promise<void> {
    await db.query(
      `INSERT INTO outbox_message (job_name, payload, job_id)
       SELECT 'purge-expired-sessions', '{}'::jsonb, 'outbox-test-' || n FROM generate_series(1, $1) AS n`,
      [count],
    );
  }

  /** What the relay job does: batches until a batch comes back short. */
  async function drain(outbox: OutboxService, batch: number): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await outbox.relay(batch);
      total += sent;
      if (sent < batch) return total;
    }
  }

  it('two relays at once over the same 200 pending rows enqueue each job exactly once', async () => {
    await seed(200);
    const [a, b] = [new OutboxService(db, queues), new OutboxService(db, queues)];
    const sent = await Promise.all([drain(a, 20), drain(b, 20)]);
    expect(sent[0] + sent[1]).toBe(200);
    expect(added).toHaveLength(200);
    expect(new Set(added).size).toBe(200);
    const [{ pending }] = await db.query(
      `SELECT count(*)::int AS pending FROM outbox_message WHERE dispatched_at IS NULL`,
    );
    expect(pending).toBe(0);
  });

  it('sends oldest first, and releases what it could not send for the next relay', async () => {
    await seed(10);
    failAfter = 4;
    const outbox = new OutboxService(db, queues);
    expect(await outbox.relay()).toBe(4);
    expect(added).toEqual(['outbox-test-1', 'outbox-test-2', 'outbox-test-3', 'outbox-test-4']);
    const [{ claimed }] = await db.query(
      `SELECT count(*)::int AS claimed FROM outbox_message WHERE dispatched_at IS NULL AND claimed_at IS NOT NULL`,
    );
    expect(claimed).toBe(0);
    failAfter = Infinity;
    expect(await outbox.relay()).toBe(6);
    expect(added.slice(4)).toEqual([
      'outbox-test-5',
      'outbox-test-6',
      'outbox-test-7',
      'outbox-test-8',
      'outbox-test-9',
      'outbox-test-10',
    ]);
  });

  it('leaves rows another relay claimed alone for a minute, then takes them over', async () => {
    await seed(3);
    await db.query(
      `UPDATE outbox_message SET claimed_at = now() - interval '30 seconds' WHERE job_id = 'outbox-test-1'`,
    );
    await db.query(
      `UPDATE outbox_message SET claimed_at = now() - interval '2 minutes' WHERE job_id = 'outbox-test-2'`,
    );
    expect(await new OutboxService(db, queues).relay()).toBe(2);
    expect(added).toEqual(['outbox-test-2', 'outbox-test-3']);
  });

  it('bulk jobs written first still run after a job written later without a priority (real Redis)', async () => {
    const config = {
      redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      redisPrefix: `outbox-${randomUUID()}`,
    };
    const realQueues = new QueueService(config as AppConfig);
    const outbox = new OutboxService(db, realQueues);
    await db.transaction(async (manager) => {
      for (let n = 1; n <= 5; n++)
        await outbox.write(manager, JobName.IssueCertifications, { holderId: `bulk-${n}` }, `bulk-${n}`, {
          priority: BULK_JOB_PRIORITY,
        });
      await outbox.write(manager, JobName.IssueCertifications, { holderId: 'fresh' }, 'fresh');
    });
    expect(await outbox.relay()).toBe(6);
    const order: string[] = [];
    const done = new Promise<void>((resolve) => {
      const worker = new Worker(
        JOB_QUEUE[JobName.IssueCertifications],
        async (job) => {
          order.push(job.data.holderId);
          if (order.length === 6) setImmediate(() => void worker.close().then(resolve));
        },
        { connection: bullConnection(config as AppConfig), prefix: config.redisPrefix, concurrency: 1 },
      );
    });
    await done;
    await realQueues.queue(JOB_QUEUE[JobName.IssueCertifications]).obliterate({ force: true });
    await realQueues.onApplicationShutdown();
    expect(order).toEqual(['fresh', 'bulk-1', 'bulk-2', 'bulk-3', 'bulk-4', 'bulk-5']);
  });
});
