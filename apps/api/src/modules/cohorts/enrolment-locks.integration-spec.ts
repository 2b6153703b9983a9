import { QueryRunner } from 'typeorm';
import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';

/**
 * The cohort's row lock is the one thing enrolments into a cohort queue on (issue 21): held elsewhere, it
 * holds back that cohort's enrolments only, and what changed under it is seen before a seat is taken.
 */
describe('enrolment: the cohort lock', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitId: string;
  let courseId: string;
  let holder: QueryRunner;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    ({ courseId } = await createPublishedCourse(t, admin));
  });
  beforeEach(async () => {
    holder = t.db.createQueryRunner();
    await holder.connect();
  });
  afterEach(async () => {
    if (holder.isTransactionActive) await holder.rollbackTransaction();
    await holder.release();
  });
  afterAll(() => t.close());

  /** Holds the cohort's row lock in a transaction of its own, as a concurrent enrolment or withdrawal would. */
  async function holdLock(cohortId: string): Promise<void> {
    await holder.startTransaction();
    await holder.query(`SELECT id FROM cohort WHERE id = $1 FOR UPDATE`, [cohortId]);
  }

  /** Waits until another backend waits for the lock the holder holds (the enrolment's seat-taking). */
  async function waitForLockWaiter(): Promise<void> {
    const [{ pid }] = await holder.query(`SELECT pg_backend_pid() AS pid`);
    for (let i = 0; i < 500; i++) {
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))`,
        [pid],
      );
      if (n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('no enrolment waited for the cohort lock');
  }

  const enrol = (cohortId: string, officer: TestUser) =>
    t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: officer.cookie });

  it('a held lock on one cohort holds back its enrolments only: another run of the same course takes its seat meanwhile', async () => {
    const hot = await createOpenCohort(t, admin, courseId, { capacity: 5 });
    const other = await createOpenCohort(t, admin, courseId, { capacity: 5 });
    const [first, second] = await createOfficers(t, 2, unitId);
    await holdLock(hot);

    const finished: string[] = [];
    const waiting = enrol(hot, first).then((r) => {
      finished.push('hot');
      return r;
    });
    await waitForLockWaiter();
    const meanwhile = await enrol(other, second);
    finished.push('other');
    expect(meanwhile.statusCode).toBe(201);
    expect(meanwhile.json().status).toBe('enrolled');
    expect(finished).toEqual(['other']);

    await holder.commitTransaction();
    const released = await waiting;
    expect(released.statusCode).toBe(201);
    expect(released.json().status).toBe('enrolled');
    expect(finished).toEqual(['other', 'hot']);
    const rows: { cohort_id: string; seats_taken: number }[] = await t.db.query(
      `SELECT id AS cohort_id, seats_taken FROM cohort WHERE id = ANY($1) ORDER BY id`,
      [[hot, other]],
    );
    expect(rows.map((r) => r.seats_taken)).toEqual([1, 1]);
  });

  it('a cohort cancelled while an enrolment waited for its lock is refused, not joined', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 5 });
    const [officer] = await createOfficers(t, 1, unitId);
    await holdLock(cohortId);
    const waiting = enrol(cohortId, officer);
    await waitForLockWaiter();
    // The enrolment read the cohort open; it is cancelled before the lock is let go.
    await holder.query(`UPDATE cohort SET status = 'cancelled' WHERE id = $1`, [cohortId]);
    await holder.commitTransaction();

    const response = await waiting;
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('cohort.not_open');
    const [{ n, seats }] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM enrolment WHERE cohort_id = $1) AS n, seats_taken AS seats FROM cohort WHERE id = $1`,
      [cohortId],
    );
    expect({ n, seats }).toEqual({ n: 0, seats: 0 });
  });

  it('a seat freed while the last one was being asked for: the statement counts the seats under the lock', async () => {
    const cohortId = await createOpenCohort(t, admin, courseId, { capacity: 1 });
    const [holderOfSeat, asker] = await createOfficers(t, 2, unitId);
    expect((await enrol(cohortId, holderOfSeat)).json().status).toBe('enrolled');
    await holdLock(cohortId);
    const waiting = enrol(cohortId, asker);
    await waitForLockWaiter();
    // The asker read a full cohort; the seat is given back before its lock is let go.
    await holder.query(`UPDATE enrolment SET status = 'withdrawn' WHERE cohort_id = $1`, [cohortId]);
    await holder.query(`UPDATE cohort SET seats_taken = 0 WHERE id = $1`, [cohortId]);
    await holder.commitTransaction();

    const response = await waiting;
    expect(response.statusCode).toBe(201);
    expect(response.json().status).toBe('enrolled');
    const [{ seats_taken }] = await t.db.query(`SELECT seats_taken FROM cohort WHERE id = $1`, [cohortId]);
    expect(seats_taken).toBe(1);
  });
});
