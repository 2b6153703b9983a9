import { EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import {
  bookingsOutOfStep,
  createTrainers,
  insertProposal,
  overlappingBookings,
} from '../../../test/assignment-fixtures';
import { AssignmentsService } from './assignments.service';
import { MatchTrainingRequestUseCase } from './usecases/match-training-request/match-training-request.usecase';

const DAY = 86400_000;
const BASE = Date.UTC(2031, 1, 3, 8); // the clock is pinned a month before

/** Trainers of one test speak a language no other test's trainers do, so each test has its own candidates. */
let languageSeq = 0;
const LANGUAGES = ['ka', 'hy', 'az', 'kk', 'uz', 'tg', 'ky', 'mn', 'sq', 'mk'];

describe('the trainer booking table: one commitment at a time across assignments and cohorts (issue 12)', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitId: string;
  let courseId: string;

  beforeAll(async () => {
    t = await TestApp.start({ PROPOSAL_TTL_SECONDS: '86400' });
    // The application's clock is pinned (and moves on from there): nothing depends on today's date.
    const offset = Date.parse('2031-01-03T09:00:00Z') - Date.now();
    t.app.get(Clock).now = () => new Date(Date.now() + offset);
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    ({ courseId } = await createPublishedCourse(t, admin));
  });
  afterAll(() => t.close());

  const at = (days: number) => new Date(BASE + days * DAY);

  async function trainers(count: number, loadLimit = 50) {
    const language = LANGUAGES[languageSeq++];
    const rows = await createTrainers(t, count, { courseId, languages: [language], loadLimit });
    return { language, ids: rows.map((r) => r.id) };
  }

  async function createCohort(trainerId: string | null, from: number, days: number) {
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
        ...(trainerId ? { trainerId } : {}),
      },
    });
    return response;
  }

  async function cohortOf(trainerId: string, from: number, days: number): Promise<string> {
    const response = await createCohort(trainerId, from, days);
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }

  const patchCohort = (id: string, payload: object) =>
    t.inject({ method: 'PATCH', url: `/api/cohorts/${id}`, cookie: admin.cookie, payload });

  /** A pending request (round 1) straight in the database: the test drives the matcher. */
  async function insertRequest(language: string, from: number, days: number): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats)
       VALUES ($1, $2, $3, tstzrange($4, $5), 'online', 10) RETURNING id`,
      [unitId, courseId, language, at(from), at(from + days)],
    );
    return id;
  }

  const match = (requestId: string, round = 1) => t.app.get(MatchTrainingRequestUseCase).execute({ requestId, round });

  async function liveAssignment(requestId: string) {
    const rows = await t.db.query(
      `SELECT id, trainer_id, status FROM assignment WHERE training_request_id = $1 AND status IN ('proposed', 'accepted')`,
      [requestId],
    );
    return rows[0] as { id: string; trainer_id: string; status: string } | undefined;
  }

  it('PATCH /api/cohorts/:id {trainerId} refuses a trainer who teaches an overlapping cohort (409 naming trainerId) and changes nothing', async () => {
    const {
      ids: [a, b],
    } = await trainers(2);
    await cohortOf(a, 0, 5);
    const other = await cohortOf(b, 3, 5);
    const refused = await patchCohort(other, { trainerId: a, capacity: 30 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/^trainerId: /);
    const [row] = await t.db.query(`SELECT trainer_id, capacity FROM cohort WHERE id = $1`, [other]);
    expect(row).toEqual({ trainer_id: b, capacity: 20 });
    // A cohort created over the same days is refused the same way; one that only touches the end is fine.
    const created = await createCohort(a, 4, 2);
    expect(created.statusCode).toBe(409);
    expect(created.json().message).toMatch(/^trainerId: /);
    expect((await createCohort(a, 5, 2)).statusCode).toBe(201);
    expect(await overlappingBookings(t)).toEqual([]);
    expect(await bookingsOutOfStep(t)).toEqual([]);
  });

  it('moving a cohort onto days its trainer is busy is refused (409 naming startsAt); moving it clear moves its booking; completing it releases it', async () => {
    const {
      ids: [a],
    } = await trainers(1);
    await cohortOf(a, 0, 5);
    const later = await cohortOf(a, 10, 5);
    const refused = await patchCohort(later, { startsAt: at(4).toISOString() });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/^startsAt: /);
    const endsRefused = await patchCohort(later, { startsAt: at(-3).toISOString(), endsAt: at(1).toISOString() });
    expect(endsRefused.statusCode).toBe(409);
    const moved = await patchCohort(later, { startsAt: at(6).toISOString(), endsAt: at(9).toISOString() });
    expect(moved.statusCode).toBe(200);
    const [booking] = await t.db.query(
      `SELECT lower(period) AS starts, upper(period) AS ends FROM trainer_booking WHERE cohort_id = $1`,
      [later],
    );
    expect(booking).toEqual({ starts: at(6), ends: at(9) });
    expect(await bookingsOutOfStep(t)).toEqual([]);
    // Completed, its time is history: the booking goes with the last transition.
    for (const status of ['open', 'running', 'completed']) {
      const moved = await t.inject({
        method: 'POST',
        url: `/api/cohorts/${later}/status`,
        cookie: admin.cookie,
        payload: { status },
      });
      expect(moved.statusCode).toBe(200);
      const booked = await t.db.query(`SELECT 1 FROM trainer_booking WHERE cohort_id = $1`, [later]);
      expect(booked).toHaveLength(status === 'completed' ? 0 : 1);
    }
  });

  it('a live proposal and a cohort taught exclude each other, in either order', async () => {
    const {
      language,
      ids: [a],
    } = await trainers(1);
    // Proposal first: a cohort over it is refused.
    const request = await insertRequest(language, 0, 3);
    expect(await match(request)).toBe('proposed');
    expect((await liveAssignment(request))!.trainer_id).toBe(a);
    const refused = await createCohort(a, 1, 3);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/^trainerId: /);
    // Cohort first: a proposal over it is refused by the database (a reassignment answers 409).
    await cohortOf(a, 20, 3);
    const second = await insertRequest(language, 21, 3);
    const reassign = await t.inject({
      method: 'POST',
      url: `/api/training-requests/${second}/reassign`,
      cookie: admin.cookie,
      payload: { trainerId: a },
    });
    expect(reassign.statusCode).toBe(409);
    expect(reassign.json().message).toMatch(/^trainerId: /);
    expect(await overlappingBookings(t)).toEqual([]);
  });

  it('the matcher does not propose a trainer who teaches an admin-scheduled cohort over those days; cancelling the cohort frees them', async () => {
    const {
      language,
      ids: [a],
    } = await trainers(1);
    const taught = await cohortOf(a, 40, 5);
    const request = await insertRequest(language, 42, 2);
    expect(await match(request)).toBe('unfilled');
    expect(await liveAssignment(request)).toBeUndefined();
    const [{ match_rounds }] = await t.db.query(`SELECT match_rounds FROM training_request WHERE id = $1`, [request]);
    expect(match_rounds[0].ranking).toEqual([]);
    expect(match_rounds[0].excluded.busy).toBeGreaterThanOrEqual(1);

    const cancelled = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${taught}/status`,
      cookie: admin.cookie,
      payload: { status: 'cancelled' },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(await t.db.query(`SELECT 1 FROM trainer_booking WHERE cohort_id = $1`, [taught])).toEqual([]);
    const again = await insertRequest(language, 42, 2);
    expect(await match(again)).toBe('proposed');
    expect((await liveAssignment(again))!.trainer_id).toBe(a);
  });

  it('accepting moves the proposal’s booking to its cohort (one row, no collision with itself); the cohort keeps its trainer in step with the assignment', async () => {
    const {
      language,
      ids: [a, b],
    } = await trainers(2);
    const request = await insertRequest(language, 60, 3);
    expect(await match(request)).toBe('proposed');
    const proposal = (await liveAssignment(request))!;
    const trainer = proposal.trainer_id;
    const other = trainer === a ? b : a;
    const accepted = await t.inject({
      method: 'POST',
      url: `/api/assignments/${proposal.id}/accept`,
      cookie: await t.sessionCookie(trainer),
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
    const [{ cohort_id: cohortId }] = await t.db.query(`SELECT cohort_id FROM training_request WHERE id = $1`, [
      request,
    ]);
    const bookings = await t.db.query(
      `SELECT kind, cohort_id, assignment_id FROM trainer_booking WHERE trainer_id = $1`,
      [trainer],
    );
    expect(bookings).toEqual([{ kind: 'cohort', cohort_id: cohortId, assignment_id: null }]);

    // The trainer named by the accepted assignment cannot be swapped behind its back (reassign the request instead).
    const swapped = await patchCohort(cohortId, { trainerId: other });
    expect(swapped.statusCode).toBe(409);
    expect(swapped.json().message).toMatch(/^trainerId: .*reassign/);
    expect((await liveAssignment(request))!.trainer_id).toBe(trainer);
    // Its dates may move: the assignment and the booking move with them.
    const moved = await patchCohort(cohortId, { startsAt: at(61).toISOString(), endsAt: at(65).toISOString() });
    expect(moved.statusCode).toBe(200);
    const [assignment] = await t.db.query(
      `SELECT lower(period) AS starts, upper(period) AS ends FROM assignment WHERE id = $1`,
      [proposal.id],
    );
    expect(assignment).toEqual({ starts: at(61), ends: at(65) });
    expect(await bookingsOutOfStep(t)).toEqual([]);

    // Withdrawing releases it: the cohort is cancelled and its booking goes.
    const withdrawn = await t.inject({
      method: 'POST',
      url: `/api/assignments/${proposal.id}/withdraw`,
      cookie: await t.sessionCookie(trainer),
      payload: {},
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(await t.db.query(`SELECT 1 FROM trainer_booking WHERE trainer_id = $1`, [trainer])).toEqual([]);
    expect(await bookingsOutOfStep(t)).toEqual([]);
  });

  describe('expiring a proposal whose lock fails', () => {
    afterEach(() => jest.restoreAllMocks());

    async function overdueProposal(): Promise<string> {
      const {
        language,
        ids: [a],
      } = await trainers(1);
      const request = await insertRequest(language, 80, 2);
      const id = await insertProposal(t, request, a);
      await t.db.query(`UPDATE assignment SET expires_at = $2 WHERE id = $1`, [id, new Date(Date.UTC(2030, 0, 1))]);
      return id;
    }

    /** Makes the first `times` reads that start lockAssignment fail with `error`. */
    function failLock(error: unknown, times: number) {
      const query = EntityManager.prototype.query;
      let left = times;
      jest.spyOn(EntityManager.prototype, 'query').mockImplementation(function (
        this: EntityManager,
        sql: string,
        params?: unknown[],
      ) {
        if (left > 0 && sql.startsWith('SELECT training_request_id FROM assignment WHERE id')) {
          left--;
          return Promise.reject(error);
        }
        return query.call(this, sql, params);
      });
    }

    it('a deadlock is run again, and the proposal lapses', async () => {
      const id = await overdueProposal();
      failLock(Object.assign(new Error('deadlock detected'), { driverError: { code: '40P01' } }), 1);
      expect(await t.app.get(AssignmentsService).expire(id)).toBe(true);
      const [{ status }] = await t.db.query(`SELECT status FROM assignment WHERE id = $1`, [id]);
      expect(status).toBe('expired');
      expect(await t.db.query(`SELECT 1 FROM trainer_booking WHERE assignment_id = $1`, [id])).toEqual([]);
    });

    it('any other error fails the job (BullMQ retries it) instead of reading as "nothing to expire"', async () => {
      const id = await overdueProposal();
      failLock(new Error('connection terminated unexpectedly'), 1);
      await expect(t.app.get(AssignmentsService).expire(id)).rejects.toThrow('connection terminated');
      jest.restoreAllMocks();
      expect(await t.app.get(AssignmentsService).expire(id)).toBe(true);
    });
  });
});
