import { Clock } from '../../core/clock/clock';
import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { bookingsOutOfStep, createTrainers, overlappingBookings } from '../../../test/assignment-fixtures';
import { MatchTrainingRequestUseCase } from './usecases/match-training-request/match-training-request.usecase';

const DAY = 86400_000;
const PINNED = Date.parse('2031-01-03T09:00:00Z');
const BASE = Date.UTC(2031, 1, 3, 8); // a month after the pinned clock

/** Trainers of one test speak a language no other test's trainers do, so each test has its own candidates. */
let languageSeq = 0;
const LANGUAGES = ['ka', 'hy', 'az', 'kk', 'uz', 'tg', 'ky', 'mn', 'sq', 'mk'];

describe('a cohort that releases its trainer: unfilled requests re-tried, the assignment that scheduled it closed (issue 12 follow-ups)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let unitId: string;
  let courseId: string;
  let offset: number;

  beforeAll(async () => {
    // Sessions outlive the tests that move the clock a few days on.
    t = await TestApp.start({ PROPOSAL_TTL_SECONDS: '86400', SESSION_TTL_HOURS: '720' });
    // The application's clock is pinned (and moves on from there): nothing depends on today's date.
    offset = PINNED - Date.now();
    t.app.get(Clock).now = () => new Date(Date.now() + offset);
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    ({ courseId } = await createPublishedCourse(t, admin));
  });
  afterAll(() => t.close());

  const at = (days: number) => new Date(BASE + days * DAY);

  async function trainers(count: number) {
    const language = LANGUAGES[languageSeq++];
    const rows = await createTrainers(t, count, { courseId, languages: [language] });
    return { language, ids: rows.map((r) => r.id) };
  }

  async function cohortOf(trainerId: string, from: number, days: number): Promise<string> {
    const response = await t.inject({
      method: 'POST',
      url: '/api/cohorts',
      cookie: admin.cookie,
      payload: {
        courseId,
        startsAt: at(from).toISOString(),
        endsAt: at(from + days).toISOString(),
        deliveryMode: 'online',
        language: 'uk',
        capacity: 20,
        trainerId,
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }

  const patchCohort = (id: string, payload: object) =>
    t.inject({ method: 'PATCH', url: `/api/cohorts/${id}`, cookie: admin.cookie, payload });
  const cancelCohort = (id: string) =>
    t.inject({
      method: 'POST',
      url: `/api/cohorts/${id}/status`,
      cookie: admin.cookie,
      payload: { status: 'cancelled' },
    });

  /** A pending request (round 1) raised by the unit's coordinator, straight in the database: the test drives the matcher. */
  async function insertRequest(language: string, from: number, days: number): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats, requested_by_id)
       VALUES ($1, $2, $3, tstzrange($4, $5), 'online', 10, $6) RETURNING id`,
      [unitId, courseId, language, at(from), at(from + days), coordinator.id],
    );
    return id;
  }

  const match = (requestId: string, round = 1) => t.app.get(MatchTrainingRequestUseCase).execute({ requestId, round });
  const request = async (id: string) =>
    (
      await t.db.query(
        `SELECT status, round, reopen_reason, cohort_id, assigned_at FROM training_request WHERE id = $1`,
        [id],
      )
    )[0] as { status: string; round: number; reopen_reason: string | null; cohort_id: string | null };
  const matchJobs = async (id: string) =>
    (await t.db.query(`SELECT job_id FROM outbox_message WHERE job_id LIKE $1 ORDER BY id`, [`match-${id}-r%`])).map(
      (r: { job_id: string }) => r.job_id,
    ) as string[];
  const proposedTo = async (id: string) =>
    (
      await t.db.query(`SELECT trainer_id FROM assignment WHERE training_request_id = $1 AND status = 'proposed'`, [id])
    ).map((r: { trainer_id: string }) => r.trainer_id) as string[];

  /** An unfilled request whose only qualified trainer teaches a cohort over its days. */
  async function blockedRequest(from: number) {
    const {
      language,
      ids: [trainer],
    } = await trainers(1);
    const cohort = await cohortOf(trainer, from, 5);
    const id = await insertRequest(language, from + 2, 2);
    expect(await match(id)).toBe('unfilled');
    return { trainer, cohort, id };
  }

  describe('freeing the trainer re-tries the unfilled requests they could now serve, in the same transaction', () => {
    it('cancelling the cohort sends the request back to the matcher, which proposes it to that trainer', async () => {
      const { trainer, cohort, id } = await blockedRequest(10);
      expect((await cancelCohort(cohort)).statusCode).toBe(200);
      expect(await request(id)).toMatchObject({ status: 'matching', round: 2, reopen_reason: 'booking_cancelled' });
      expect(await matchJobs(id)).toEqual([`match-${id}-r2`]);
      expect(await match(id, 2)).toBe('proposed');
      expect(await proposedTo(id)).toEqual([trainer]);
      expect(await overlappingBookings(t)).toEqual([]);
    });

    it('moving the cohort onto other days that still cover the request re-tries nothing; moving it clear does', async () => {
      const { trainer, cohort, id } = await blockedRequest(30);
      // Still over the request's days (30+2 .. 30+4): the trainer has no chance, nothing moves.
      expect(
        (await patchCohort(cohort, { startsAt: at(31).toISOString(), endsAt: at(36).toISOString() })).statusCode,
      ).toBe(200);
      expect(await request(id)).toMatchObject({ status: 'unfilled', round: 1, reopen_reason: null });
      expect(await matchJobs(id)).toEqual([]);
      // Clear of them: the request goes back to the matcher.
      expect(
        (await patchCohort(cohort, { startsAt: at(50).toISOString(), endsAt: at(55).toISOString() })).statusCode,
      ).toBe(200);
      expect(await request(id)).toMatchObject({ status: 'matching', round: 2, reopen_reason: 'booking_cancelled' });
      expect(await match(id, 2)).toBe('proposed');
      expect(await proposedTo(id)).toEqual([trainer]);
    });

    it('giving the cohort to another trainer re-tries the request for the one it released; edits that free nothing re-try nothing', async () => {
      const { trainer, cohort, id } = await blockedRequest(70);
      expect((await patchCohort(cohort, { capacity: 25 })).statusCode).toBe(200);
      expect(await request(id)).toMatchObject({ status: 'unfilled', round: 1 });
      const {
        ids: [other],
      } = await trainers(1);
      expect((await patchCohort(cohort, { trainerId: other })).statusCode).toBe(200);
      expect(await request(id)).toMatchObject({ status: 'matching', round: 2, reopen_reason: 'booking_cancelled' });
      expect(await match(id, 2)).toBe('proposed');
      expect(await proposedTo(id)).toEqual([trainer]);
      expect(await bookingsOutOfStep(t)).toEqual([]);
    });

    it('a request whose wished start has passed is not re-tried', async () => {
      const { cohort, id } = await blockedRequest(-20);
      const saved = offset;
      offset = BASE - 17 * DAY - Date.now(); // the request's days (-18..-16) have begun
      try {
        expect((await cancelCohort(cohort)).statusCode).toBe(200);
      } finally {
        offset = saved;
      }
      expect(await request(id)).toMatchObject({ status: 'unfilled', round: 1 });
      expect(await matchJobs(id)).toEqual([]);
    });
  });

  describe('an admin cancelling a cohort that an accepted assignment scheduled', () => {
    /** A request matched, proposed and accepted: answers it, its assignment, trainer and the cohort scheduled. */
    async function acceptedRequest(from: number) {
      const { language } = await trainers(2);
      const id = await insertRequest(language, from, 3);
      expect(await match(id)).toBe('proposed');
      const [proposal] = await t.db.query(
        `SELECT id, trainer_id FROM assignment WHERE training_request_id = $1 AND status = 'proposed'`,
        [id],
      );
      const accepted = await t.inject({
        method: 'POST',
        url: `/api/assignments/${proposal.id}/accept`,
        cookie: await t.sessionCookie(proposal.trainer_id),
        payload: {},
      });
      expect(accepted.statusCode).toBe(200);
      const { cohort_id: cohort } = await request(id);
      expect(cohort).not.toBeNull();
      return { id, assignment: proposal.id as string, trainer: proposal.trainer_id as string, cohort: cohort! };
    }

    const assignmentStatus = async (id: string) =>
      (await t.db.query(`SELECT status FROM assignment WHERE id = $1`, [id]))[0].status as string;
    const notices = async (userId: string, cohortId: string) =>
      (await t.db.query(
        `SELECT kind, params->>'trainingRequestId' AS request FROM notification WHERE user_id = $1 AND kind = 'cohort.cancelled' AND params->>'cohortId' = $2`,
        [userId, cohortId],
      )) as { kind: string; request: string | null }[];

    it('cancels the assignment, sends the request back to the matcher in a new round, and tells the trainer and the coordinator', async () => {
      const { id, assignment, trainer, cohort } = await acceptedRequest(120);
      expect(await request(id)).toMatchObject({ status: 'assigned' });

      expect((await cancelCohort(cohort)).statusCode).toBe(200);
      expect(await assignmentStatus(assignment)).toBe('cancelled');
      expect(await request(id)).toMatchObject({ status: 'pending', round: 2, cohort_id: null, assigned_at: null });
      expect(await matchJobs(id)).toEqual([`match-${id}-r2`]);
      expect(await t.db.query(`SELECT 1 FROM trainer_booking WHERE trainer_id = $1`, [trainer])).toEqual([]);
      expect(await notices(trainer, cohort)).toEqual([{ kind: 'cohort.cancelled', request: null }]);
      expect(await notices(coordinator.id, cohort)).toEqual([{ kind: 'cohort.cancelled', request: id }]);
      expect(await bookingsOutOfStep(t)).toEqual([]);
      // Nothing is left to withdraw from.
      const withdrawn = await t.inject({
        method: 'POST',
        url: `/api/assignments/${assignment}/withdraw`,
        cookie: await t.sessionCookie(trainer),
        payload: {},
      });
      expect(withdrawn.statusCode).toBe(409);
      expect(await request(id)).toMatchObject({ round: 2 });

      // The new round proposes someone other than the trainer whose cohort was cancelled.
      expect(await match(id, 2)).toBe('proposed');
      const [next] = await proposedTo(id);
      expect(next).toBeDefined();
      expect(next).not.toBe(trainer);
      expect(await overlappingBookings(t)).toEqual([]);
    });

    it('cancels the request when its start has passed (nothing can be delivered any more)', async () => {
      const { id, assignment, cohort } = await acceptedRequest(-25);
      const saved = offset;
      offset = BASE - 24 * DAY - Date.now(); // the cohort (-25..-22) is under way
      try {
        expect((await cancelCohort(cohort)).statusCode).toBe(200);
      } finally {
        offset = saved;
      }
      expect(await assignmentStatus(assignment)).toBe('cancelled');
      expect(await request(id)).toMatchObject({ status: 'cancelled', round: 1, cohort_id: null });
      expect(await matchJobs(id)).toEqual([]);
      expect(await notices(coordinator.id, cohort)).toEqual([{ kind: 'cohort.cancelled', request: id }]);
    });

    it('cancels the request too when the admin says so (cancelRequest); cancelRequest with another status is refused, naming it', async () => {
      const { id, assignment, cohort } = await acceptedRequest(210);
      const refused = await t.inject({
        method: 'POST',
        url: `/api/cohorts/${cohort}/status`,
        cookie: admin.cookie,
        payload: { status: 'running', cancelRequest: true },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().message).toMatch(/^cancelRequest: /);
      expect(refused.json()).toMatchObject({ code: 'cohort.cancel_request_needs_cancelled', field: 'cancelRequest' });
      expect(await assignmentStatus(assignment)).toBe('accepted');

      const cancelled = await t.inject({
        method: 'POST',
        url: `/api/cohorts/${cohort}/status`,
        cookie: admin.cookie,
        payload: { status: 'cancelled', cancelRequest: true },
      });
      expect(cancelled.statusCode).toBe(200);
      expect(await assignmentStatus(assignment)).toBe('cancelled');
      expect(await request(id)).toMatchObject({ status: 'cancelled', round: 1, cohort_id: null });
      expect(await matchJobs(id)).toEqual([]);
      expect(await bookingsOutOfStep(t)).toEqual([]);
    });

    it('racing the trainer’s withdrawal, exactly one of them releases the assignment: one new round, one job', async () => {
      const { id, assignment, trainer, cohort } = await acceptedRequest(180);
      const [cancelled, withdrawn] = await Promise.all([
        cancelCohort(cohort),
        t.inject({
          method: 'POST',
          url: `/api/assignments/${assignment}/withdraw`,
          cookie: await t.sessionCookie(trainer),
          payload: {},
        }),
      ]);
      expect([cancelled.statusCode, withdrawn.statusCode].sort()).toEqual([200, 409]);
      expect(await assignmentStatus(assignment)).toBe('cancelled');
      expect(await request(id)).toMatchObject({ status: 'pending', round: 2, cohort_id: null });
      expect(await matchJobs(id)).toEqual([`match-${id}-r2`]);
      expect((await t.db.query(`SELECT status FROM cohort WHERE id = $1`, [cohort]))[0].status).toBe('cancelled');
      expect(await bookingsOutOfStep(t)).toEqual([]);
    });
  });
});
