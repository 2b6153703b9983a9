import { Client } from 'pg';
import { TestApp } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { waitFor } from '../../../test/assignment-fixtures';
import { WorkerProcess } from '../../../test/worker-process';
import { stalledRecoveryBoundMs } from './worker-host';

const LOCK_MS = 4000;
/** Process start-up aside, what polling and a loaded two-core machine add to the measured time. */
const SLACK_MS = 1000;

describe('a worker killed mid-job: another runs the job within the documented bound (1.5 × WORKER_LOCK_MS)', () => {
  let t: TestApp;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    t = await TestApp.start({
      WORKER_LOCK_MS: String(LOCK_MS),
      WORKER_CONCURRENCY: '1',
      RECONCILE_INTERVAL_MS: '3600000',
    });
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.signal('SIGKILL');
    await t.close();
  });

  async function startWorker(): Promise<WorkerProcess> {
    const worker = WorkerProcess.start(t.config);
    workers.push(worker);
    await worker.waitForLine(/"worker ready"/, 90_000);
    return worker;
  }

  /** Backends of this database waiting for the request's row lock: the match job blocked inside its transaction. */
  async function waitingMatchers(): Promise<number[]> {
    const rows: { pid: number }[] = await t.db.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
          AND query LIKE '%FROM training_request r JOIN police_unit%'`,
    );
    return rows.map((r) => r.pid);
  }

  it('SIGKILL during a match: the job runs again on the other worker within 1.5 × the lock', async () => {
    const admin = await t.signIn('admin');
    const { courseId } = await createPublishedCourse(t, admin);
    const unitId = await t.createUnit('UA');
    const blocker = new Client({ connectionString: t.config.databaseUrl });
    await blocker.connect();
    try {
      // The request is made after the worker's start-up reconciliation, which would match it at once.
      const doomed = await startWorker();
      const starts = new Date(Date.now() + 300 * 86400_000);
      const [{ id }] = await t.db.query(
        `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats) VALUES ($1, $2, 'uk', tstzrange($3, $4), 'in_person', 10) RETURNING id`,
        [unitId, courseId, starts, new Date(starts.getTime() + 3 * 86400_000)],
      );
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM training_request WHERE id = $1 FOR UPDATE`, [id]);
      await t.db.query(
        `INSERT INTO outbox_message (job_name, payload, job_id) VALUES ('match-training-request', $1, $2)`,
        [JSON.stringify({ requestId: id, round: 1 }), `match-${id}-r1`],
      );
      await waitFor('the first worker to block inside the job', async () => (await waitingMatchers()).length === 1);
      // The killed worker's backend keeps waiting (PostgreSQL notices the lost client only later): tell them apart by pid.
      const [first] = await waitingMatchers();
      const survivor = await startWorker();
      // Let a few lock renewals and stalled checks pass, so the kill falls at an arbitrary point of their cycles.
      await new Promise((r) => setTimeout(r, LOCK_MS * 0.6));
      const killedAt = Date.now();
      doomed.signal('SIGKILL');
      let rerunAt = 0;
      await waitFor(
        'the job to run again on the surviving worker',
        async () => {
          const again = (await waitingMatchers()).some((pid) => pid !== first);
          if (again) rerunAt = Date.now();
          return again;
        },
        20_000,
      );
      const recoveryMs = rerunAt - killedAt;
      expect(recoveryMs).toBeLessThanOrEqual(stalledRecoveryBoundMs(LOCK_MS) + SLACK_MS);
      expect(survivor.child.exitCode).toBeNull();
      await blocker.query('COMMIT');
      await waitFor('the request to leave pending', async () => {
        const [{ status }] = await t.db.query(`SELECT status FROM training_request WHERE id = $1`, [id]);
        return !['pending', 'matching'].includes(status);
      });
      survivor.signal('SIGTERM');
      await survivor.waitForExit();
    } finally {
      await blocker.end();
    }
    // Two worker processes start through ts-node: tens of seconds each on a loaded two-core machine.
  }, 240_000);
});
