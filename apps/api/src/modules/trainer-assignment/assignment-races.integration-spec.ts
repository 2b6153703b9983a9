import { Client } from 'pg';
import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import {
  bookingsOutOfStep,
  createTrainers,
  insertProposal,
  overlappingBookings,
  waitFor,
} from '../../../test/assignment-fixtures';
import { MatchTrainingRequestUseCase } from './usecases/match-training-request/match-training-request.usecase';

const DAY = 86400_000;

describe('trainer assignment under concurrent matching, accepting and reassigning (issue 12)', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitId: string;
  let courseId: string;

  beforeAll(async () => {
    t = await TestApp.start({ PROPOSAL_TTL_SECONDS: '3600' });
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    ({ courseId } = await createPublishedCourse(t, admin));
  });
  afterAll(() => t.close());

  /** A pending request (round 1) straight in the database, so no worker takes it: the test drives the matcher. */
  async function insertRequest(startsAt: Date, days: number): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats)
       VALUES ($1, $2, 'uk', tstzrange($3, $4), 'in_person', 10) RETURNING id`,
      [unitId, courseId, startsAt, new Date(startsAt.getTime() + days * DAY)],
    );
    return id;
  }

  it('a trainer limited to 1 per quarter, 10 requests of that quarter matched at once: one proposal, not ten', async () => {
    const [trainer] = await createTrainers(t, 1, { courseId, loadLimit: 1 });
    // Ten non-overlapping periods inside one quarter (February, two years on), so only the load limit stops them.
    const quarter = Date.UTC(new Date().getUTCFullYear() + 2, 1, 1);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await insertRequest(new Date(quarter + i * 3 * DAY), 2));
    const matcher = t.app.get(MatchTrainingRequestUseCase);
    // Someone holds the trainer's profile row (an edit, another match) while all ten matches reach it,
    // so each has ranked the trainer and waits on the lock: the widest form of the race.
    const blocker = new Client({ connectionString: t.config.databaseUrl });
    await blocker.connect();
    let outcomes: string[];
    try {
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM trainer_profile WHERE user_id = $1 FOR UPDATE`, [trainer.id]);
      const matches = Promise.all(ids.map((requestId) => matcher.execute({ requestId, round: 1 })));
      await waitFor(
        'the ten matches to wait on the profile lock',
        async () => {
          const [{ waiting }] = await t.db.query(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%trainer_profile%'`,
          );
          return waiting === 10;
        },
        20_000,
      );
      await blocker.query('COMMIT');
      outcomes = await matches;
    } finally {
      await blocker.end();
    }
    expect(outcomes.filter((o) => o === 'proposed')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'unfilled')).toHaveLength(9);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM assignment WHERE trainer_id = $1 AND status IN ('proposed', 'accepted', 'completed')
          AND date_trunc('quarter', lower(period)) = date_trunc('quarter', $2::timestamptz)`,
      [trainer.id, new Date(quarter)],
    );
    expect(n).toBe(1);
    expect(await overlappingBookings(t)).toEqual([]);
  });

  it('admins reassigning while trainers accept over the same days: no 5xx, no trainer booked twice over a period', async () => {
    const statuses: number[] = [];
    const requestIds: string[] = [];
    const pairs = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const [t1, t2] = await createTrainers(t, 2, { courseId });
        const starts = new Date(Date.UTC(new Date().getUTCFullYear() + 3, 0, 10) + i * 20 * DAY);
        const [r1, r2] = [await insertRequest(starts, 3), await insertRequest(new Date(starts.getTime() + DAY), 3)];
        requestIds.push(r1, r2);
        // Each trainer has a proposal for one request; the two requests overlap.
        const propose = (requestId: string, trainerId: string) => insertProposal(t, requestId, trainerId);
        return {
          t1: { id: t1.id, cookie: await t.sessionCookie(t1.id), assignment: await propose(r1, t1.id) },
          t2: { id: t2.id, cookie: await t.sessionCookie(t2.id), assignment: await propose(r2, t2.id) },
          r1,
          r2,
        };
      }),
    );
    const calls = pairs.flatMap(({ t1, t2, r1, r2 }) => [
      // The admin swaps the trainers while each accepts the other's days.
      {
        method: 'POST',
        url: `/api/training-requests/${r1}/reassign`,
        cookie: admin.cookie,
        payload: { trainerId: t2.id },
      },
      { method: 'POST', url: `/api/assignments/${t2.assignment}/accept`, cookie: t2.cookie, payload: {} },
      {
        method: 'POST',
        url: `/api/training-requests/${r2}/reassign`,
        cookie: admin.cookie,
        payload: { trainerId: t1.id },
      },
      { method: 'POST', url: `/api/assignments/${t1.assignment}/accept`, cookie: t1.cookie, payload: {} },
    ]);
    const responses = await Promise.all(calls.map((c) => t.inject(c)));
    for (const r of responses) statuses.push(r.statusCode);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(await overlappingBookings(t)).toEqual([]);
    expect(await bookingsOutOfStep(t)).toEqual([]);
    const doubles = await t.db.query(
      `SELECT training_request_id FROM assignment WHERE training_request_id = ANY($1) AND status IN ('proposed', 'accepted')
        GROUP BY 1 HAVING count(*) > 1`,
      [requestIds],
    );
    expect(doubles).toEqual([]);
  });
});
