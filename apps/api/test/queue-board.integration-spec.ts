import { Job, Worker } from 'bullmq';
import { QUEUE_BOARD_PATH } from '../src/core/queue/queue-board';
import { QueueName } from '../src/core/queue/queue-registry';
import { bullConnection, QueueService } from '../src/core/queue/queue.service';
import { TestApp, TestUser } from './test-app';

/**
 * The queue board is read-only: every route that would change a queue or a job answers 405 and
 * leaves it as it was. The one change allowed, retrying a failed job, is audited.
 */
describe('queue board', () => {
  let t: TestApp;
  let admin: TestUser;
  let officer: TestUser;
  let failed: Job;
  const name = QueueName.Reporting;
  const api = `${QUEUE_BOARD_PATH}/api/queues/${name}`;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    officer = await t.signIn('officer');
    const queue = t.app.get(QueueService).queue(name);
    // A job that fails once and for all, run by a throwaway worker.
    const worker = new Worker(
      name,
      async () => {
        throw new Error('boom');
      },
      { connection: bullConnection(t.config), prefix: t.config.redisPrefix },
    );
    const done = new Promise((resolve) => worker.on('failed', resolve));
    failed = await queue.add('refresh-uptake', {}, { jobId: 'board-test-1', attempts: 1 });
    await done;
    await worker.close();
    await queue.add('refresh-uptake', {}, { jobId: 'board-test-2', delay: 3600_000 });
  });
  afterAll(() => t.close());

  const counts = () =>
    t.app.get(QueueService).queue(name).getJobCounts('failed', 'delayed', 'waiting', 'completed', 'prioritized');

  it('refuses every change to queues and jobs with 405 and leaves them as they were', async () => {
    const before = await counts();
    expect(before).toMatchObject({ failed: 1, delayed: 1 });
    const attempts: Array<[string, string, object?]> = [
      ['POST', `${api}/add`, { name: 'refresh-uptake', data: {} }],
      ['PUT', `${api}/retry/failed`],
      ['PUT', `${api}/promote`],
      ['PUT', `${api}/clean/failed`],
      ['PUT', `${api}/pause`],
      ['PUT', `${QUEUE_BOARD_PATH}/api/queues/pause`],
      ['PUT', `${api}/empty`],
      ['PUT', `${api}/obliterate`],
      ['PUT', `${api}/board-test-1/clean`],
      ['PUT', `${api}/board-test-2/promote`],
      ['PATCH', `${api}/board-test-2/update-data`, { data: { x: 1 } }],
      ['PATCH', `${api}/board-test-2/delay`, { delay: 1 }],
    ];
    for (const [method, url, payload] of attempts) {
      const response = await t.inject({ method, url, cookie: admin.cookie, payload });
      expect({ method, url, status: response.statusCode }).toEqual({ method, url, status: 405 });
    }
    expect(await counts()).toEqual(before);
    expect(await t.app.get(QueueService).queue(name).isPaused()).toBe(false);
    const job = await t.app.get(QueueService).queue(name).getJob('board-test-2');
    expect(job?.data).toEqual({});
  });

  it('tells the page that the queues are read-only but failed jobs may be retried', async () => {
    const queues = (
      await t.inject({ method: 'GET', url: `${QUEUE_BOARD_PATH}/api/queues`, cookie: admin.cookie })
    ).json();
    const reporting = queues.queues.find((q: { name: string }) => q.name === name);
    expect(reporting).toMatchObject({ readOnlyMode: true, allowRetries: true });
  });

  it('retries a failed job for an admin only, and audits the retry', async () => {
    expect(
      (await t.inject({ method: 'PUT', url: `${api}/${failed.id}/retry`, cookie: officer.cookie })).statusCode,
    ).toBe(403);
    const retried = await t.inject({ method: 'PUT', url: `${api}/${failed.id}/retry`, cookie: admin.cookie });
    expect(retried.statusCode).toBe(204);
    expect(await (await t.app.get(QueueService).queue(name).getJob(failed.id!))!.getState()).toBe('waiting');
    const events = await t.db.query(
      `SELECT actor_id, entity_type, entity_id, details FROM audit_event WHERE action = 'queue.retry_job'`,
    );
    expect(events).toEqual([
      {
        actor_id: admin.id,
        entity_type: 'queue_job',
        entity_id: 'board-test-1',
        details: { queue: name, jobId: 'board-test-1', failedReason: 'boom' },
      },
    ]);
    // Only failed jobs: the same job, now waiting, is not retried again (and nothing more is audited).
    const again = await t.inject({ method: 'PUT', url: `${api}/${failed.id}/retry`, cookie: admin.cookie });
    expect(again.statusCode).toBe(409);
    expect((await t.inject({ method: 'PUT', url: `${api}/no-such-job/retry`, cookie: admin.cookie })).statusCode).toBe(
      404,
    );
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'queue.retry_job'`))[0].n).toBe(
      1,
    );
  });
});
