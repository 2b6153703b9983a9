import { DataSource } from 'typeorm';
import { Clock } from '../core/clock/clock';
import { TestApp, TestUser } from '../../test/test-app';
import { createPublishedCourse } from '../../test/learning-fixtures';
import { bookingsOutOfStep, createTrainers, overlappingBookings } from '../../test/assignment-fixtures';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';
import { TrainerBooking1764210000000 } from './migrations/1764210000000-trainer-booking';

const DAY = 86400_000;
const BASE = Date.UTC(2031, 4, 5, 8); // fixed instants, none of them read against today

describe('migration TrainerBooking1764210000000 on data the double-booking bug left behind (issue 12)', () => {
  let t: TestApp;
  let admin: TestUser;
  let ds: DataSource;
  let courseId: string;
  let unitId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    // The application's clock is pinned a month before the fixed instants below (sessions included).
    t.app.get(Clock).now = () => new Date(BASE - 30 * DAY);
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    ({ courseId } = await createPublishedCourse(t, admin));
    ds = new DataSource(dataSourceOptions(t.config.databaseUrl, { logging: false }));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  const at = (days: number) => new Date(BASE + days * DAY);

  async function cohort(trainerId: string | null, from: number, days: number, createdDay: number, status = 'open') {
    const [{ id }] = await ds.query(
      `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, capacity, trainer_id, status, created_at)
       VALUES ($1, $2, $3, 'online', 'uk', 20, $4, $5, $6) RETURNING id`,
      [courseId, at(from), at(from + days), trainerId, status, at(createdDay - 400)],
    );
    return id as string;
  }

  async function request(from: number, days: number, status: string, cohortId: string | null = null) {
    const [{ id }] = await ds.query(
      `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats, status, cohort_id)
       VALUES ($1, $2, 'uk', tstzrange($3, $4), 'online', 10, $5, $6) RETURNING id`,
      [unitId, courseId, at(from), at(from + days), status, cohortId],
    );
    return id as string;
  }

  async function assignment(requestId: string, trainerId: string, status: string, proposedDay: number) {
    const [{ id }] = await ds.query(
      `INSERT INTO assignment (training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at)
       SELECT id, $2, period, $3, 1, 1, $4, $4::timestamptz + interval '2 days' FROM training_request WHERE id = $1 RETURNING id`,
      [requestId, trainerId, status, at(proposedDay - 400)],
    );
    return id as string;
  }

  const cohortRow = async (id: string) =>
    (await ds.query(`SELECT trainer_id, status FROM cohort WHERE id = $1`, [id]))[0];
  const assignmentStatus = async (id: string) =>
    (await ds.query(`SELECT status FROM assignment WHERE id = $1`, [id]))[0].status;

  it('keeps the older commitment, releases the newer (proposal cancelled and re-matched, cohort without its trainer), tells the admins, and does not fail', async () => {
    const [a, b, c, d] = (await createTrainers(t, 4, { courseId })).map((x) => x.id);
    // The database as the bug left it: undo the migration (and any after it), write the overlaps, run them again.
    const later = MIGRATIONS.length - MIGRATIONS.indexOf(TrainerBooking1764210000000);
    for (let i = 0; i < later; i++) await ds.undoLastMigration();

    // Trainer a: an admin-scheduled cohort (older), then a proposal over it (newer).
    const aCohort = await cohort(a, 0, 5, 0);
    const aRequest = await request(2, 2, 'proposed');
    const aProposal = await assignment(aRequest, a, 'proposed', 1);
    // ... and a newer cohort of a over the older one (cohort against cohort), and a cancelled one (ignored).
    const aSecondCohort = await cohort(a, 1, 2, 2);
    const aCancelled = await cohort(a, 0, 5, 3, 'cancelled');
    // Trainer b: a proposal (older), then a cohort scheduled over it by hand (newer).
    const bRequest = await request(10, 3, 'proposed');
    const bProposal = await assignment(bRequest, b, 'proposed', 0);
    const bCohort = await cohort(b, 11, 4, 1);
    // Trainer c: an accepted assignment with its cohort (older, one commitment), then an admin cohort over it.
    const cCohort = await cohort(c, 20, 3, 5);
    const cRequest = await request(20, 3, 'assigned', cCohort);
    const cAssignment = await assignment(cRequest, c, 'accepted', 0);
    const cOverlap = await cohort(c, 21, 1, 6);
    // Trainer d: a request's cohort whose trainer was changed to b by PATCH, the assignment still naming d.
    const dCohort = await cohort(b, 30, 3, 5);
    const dRequest = await request(30, 3, 'assigned', dCohort);
    const dAssignment = await assignment(dRequest, d, 'accepted', 0);
    // ... and another like it, which the admin will cancel together with its request.
    const eCohort = await cohort(b, 40, 3, 5);
    const eRequest = await request(40, 3, 'assigned', eCohort);
    const eAssignment = await assignment(eRequest, d, 'accepted', 0);

    const ran = await ds.runMigrations();
    expect(ran.map((m) => m.name)[0]).toBe('TrainerBooking1764210000000');
    expect(ran).toHaveLength(later);

    // The older commitments keep their trainer and their booking.
    expect(await cohortRow(aCohort)).toEqual({ trainer_id: a, status: 'open' });
    expect(await assignmentStatus(bProposal)).toBe('proposed');
    expect(await cohortRow(cCohort)).toEqual({ trainer_id: c, status: 'open' });
    expect(await assignmentStatus(cAssignment)).toBe('accepted');
    // The newer ones are released: the proposal cancelled and its request re-matched in a new round...
    expect(await assignmentStatus(aProposal)).toBe('cancelled');
    const [req] = await ds.query(`SELECT status, round FROM training_request WHERE id = $1`, [aRequest]);
    expect(req).toEqual({ status: 'pending', round: 2 });
    const outbox = await ds.query(`SELECT payload FROM outbox_message WHERE job_id = $1`, [`match-${aRequest}-r2`]);
    expect(outbox).toEqual([{ payload: { requestId: aRequest, round: 2 } }]);
    // ... the cohorts keep their status (and officers) without the busy trainer.
    expect(await cohortRow(aSecondCohort)).toEqual({ trainer_id: null, status: 'open' });
    expect(await cohortRow(bCohort)).toEqual({ trainer_id: null, status: 'open' });
    expect(await cohortRow(cOverlap)).toEqual({ trainer_id: null, status: 'open' });
    expect(await cohortRow(aCancelled)).toEqual({ trainer_id: a, status: 'cancelled' });
    // The assignment left naming the old trainer of its cohort is closed; the cohort (b) is booked.
    expect(await assignmentStatus(dAssignment)).toBe('cancelled');
    expect(await cohortRow(dCohort)).toEqual({ trainer_id: b, status: 'open' });

    const bookings = await ds.query(
      `SELECT trainer_id, kind, coalesce(assignment_id, cohort_id) AS source FROM trainer_booking ORDER BY lower(period)`,
    );
    expect(bookings).toEqual([
      { trainer_id: a, kind: 'cohort', source: aCohort },
      { trainer_id: b, kind: 'assignment', source: bProposal },
      { trainer_id: c, kind: 'cohort', source: cCohort },
      { trainer_id: b, kind: 'cohort', source: dCohort },
      { trainer_id: b, kind: 'cohort', source: eCohort },
    ]);
    expect(await overlappingBookings(t)).toEqual([]);
    expect(await bookingsOutOfStep(t)).toEqual([]);

    // Every release is reported to the active admins, naming what was released and what was kept.
    const notes: { params: Record<string, string> }[] = await ds.query(
      `SELECT params FROM notification WHERE user_id = $1 AND kind = 'trainer_booking.released'`,
      [admin.id],
    );
    const released = notes.map((n) => n.params.assignmentId ?? n.params.cohortId).sort();
    expect(released).toEqual([aProposal, aSecondCohort, bCohort, cOverlap].sort());
    const forProposal = notes.find((n) => n.params.assignmentId === aProposal)!.params;
    expect(forProposal).toMatchObject({
      releasedKind: 'assignment',
      trainerId: a,
      keptKind: 'cohort',
      keptId: aCohort,
      trainingRequestId: aRequest,
      startsAt: at(2).toISOString(),
    });
    expect(typeof forProposal.courseTitle).toBe('string');

    // The requests whose assignment the migration cancelled are still assigned to their cohorts; cancelling
    // such a cohort releases the request all the same (re-matched in a new round, or cancelled when asked),
    // and tells the coordinator who raised it.
    expect(await assignmentStatus(eAssignment)).toBe('cancelled');
    const coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    await ds.query(`UPDATE training_request SET requested_by_id = $1 WHERE id = ANY($2)`, [
      coordinator.id,
      [dRequest, eRequest],
    ]);
    {
      const cancel = (id: string, extra: object = {}) =>
        t.inject({
          method: 'POST',
          url: `/api/cohorts/${id}/status`,
          cookie: admin.cookie,
          payload: { status: 'cancelled', ...extra },
        });
      expect((await cancel(dCohort)).statusCode).toBe(200);
      expect((await cancel(eCohort, { cancelRequest: true })).statusCode).toBe(200);
    }
    const requests = await ds.query(
      `SELECT id, status, round, cohort_id FROM training_request WHERE id = ANY($1) ORDER BY round`,
      [[dRequest, eRequest]],
    );
    expect(requests).toEqual([
      { id: eRequest, status: 'cancelled', round: 1, cohort_id: null },
      { id: dRequest, status: 'pending', round: 2, cohort_id: null },
    ]);
    const jobs = await ds.query(
      `SELECT job_id, payload FROM outbox_message WHERE job_id LIKE 'match-%' AND job_id ~ $1`,
      [`${dRequest}|${eRequest}`],
    );
    expect(jobs).toEqual([{ job_id: `match-${dRequest}-r2`, payload: { requestId: dRequest, round: 2 } }]);
    const told = await ds.query(
      `SELECT params->>'cohortId' AS cohort, params->>'trainingRequestId' AS request FROM notification
        WHERE user_id = $1 AND kind = 'cohort.cancelled' ORDER BY params->>'startsAt'`,
      [coordinator.id],
    );
    expect(told).toEqual([
      { cohort: dCohort, request: dRequest },
      { cohort: eCohort, request: eRequest },
    ]);
    expect(await bookingsOutOfStep(t)).toEqual([]);

    // From now on the database refuses what the bug allowed.
    await expect(
      ds.query(
        `INSERT INTO trainer_booking (trainer_id, kind, cohort_id, period) VALUES ($1, 'cohort', $2, tstzrange($3, $4))`,
        [a, bCohort, at(1), at(3)],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23P01' } });
  });
});
