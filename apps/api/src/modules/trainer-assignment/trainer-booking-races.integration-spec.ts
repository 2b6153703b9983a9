import { Clock } from '../../core/clock/clock';
import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createPublishedCourse } from '../../../test/learning-fixtures';
import {
  bookingsOutOfStep,
  createTrainers,
  insertProposal,
  overlappingBookings,
} from '../../../test/assignment-fixtures';
import { MatchTrainingRequestUseCase } from './usecases/match-training-request/match-training-request.usecase';

const DAY = 86400_000;
const BASE = Date.UTC(2031, 3, 1, 8); // the clock is pinned before it
const ROUNDS = 3;
/** Proposals lapse a week after the pinned clock's start: they are all answerable during the test. */
const EXPIRES = new Date(Date.parse('2031-01-10T09:00:00Z'));

describe('trainer bookings under concurrent nominations, reassignments, accepts and cohort edits, over real HTTP (issue 12)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let unitId: string;
  let courseId: string;
  let base: string;

  beforeAll(async () => {
    t = await TestApp.start({ PROPOSAL_TTL_SECONDS: '86400' });
    // The application's clock is pinned (and moves on from there): nothing depends on today's date.
    const offset = Date.parse('2031-01-03T09:00:00Z') - Date.now();
    t.app.get(Clock).now = () => new Date(Date.now() + offset);
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    ({ courseId } = await createPublishedCourse(t, admin));
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
  });
  afterAll(() => t.close());

  const at = (days: number) => new Date(BASE + days * DAY);

  async function http(method: string, url: string, cookie: string, payload?: object): Promise<number> {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { cookie, ...(payload ? { 'content-type': 'application/json' } : {}) },
      body: payload ? JSON.stringify(payload) : undefined,
    });
    await response.arrayBuffer();
    return response.status;
  }

  async function insertRequest(from: number, days: number): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats)
       VALUES ($1, $2, 'kk', tstzrange($3, $4), 'online', 10) RETURNING id`,
      [unitId, courseId, at(from), at(from + days)],
    );
    return id;
  }

  it(`${ROUNDS} rounds of everything at once against four trainers: no 5xx, no trainer committed twice over a period (checked on assignments and cohorts), load limits held`, async () => {
    // Four trainers the admin moves work between, and one the matcher may give one proposal a quarter.
    const trainers = (await createTrainers(t, 5, { courseId, languages: ['kk'] })).map((r) => r.id);
    await t.db.query(`UPDATE trainer_profile SET load_limit_per_quarter = 1 WHERE user_id = $1`, [trainers[4]]);
    const cookies = await Promise.all(trainers.map((id) => t.sessionCookie(id)));
    const officers = await createOfficers(t, 6, unitId);
    const matcher = t.app.get(MatchTrainingRequestUseCase);
    const statuses: number[] = [];
    const matchOutcomes: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const o = round * 100;
      // Six overlapping requests, each proposed to one of the four trainers (no overlap yet).
      const requests: { id: string; assignment: string; trainer: number }[] = [];
      for (let i = 0; i < 6; i++) {
        const id = await insertRequest(o + 2 * i, 3);
        requests.push({ id, assignment: await insertProposal(t, id, trainers[i % 4], EXPIRES), trainer: i % 4 });
      }
      // Four open cohorts taught by them a little later, overlapping each other.
      const cohorts: string[] = [];
      for (let j = 0; j < 4; j++) {
        const created = await t.inject({
          method: 'POST',
          url: '/api/cohorts',
          cookie: admin.cookie,
          payload: {
            courseId,
            startsAt: at(o + 20 + 2 * j).toISOString(),
            endsAt: at(o + 23 + 2 * j).toISOString(),
            deliveryMode: 'online',
            language: 'uk',
            capacity: 3,
            trainerId: trainers[j],
          },
        });
        expect(created.statusCode).toBe(201);
        const id = created.json().id;
        await t.inject({
          method: 'POST',
          url: `/api/cohorts/${id}/status`,
          cookie: admin.cookie,
          payload: { status: 'open' },
        });
        cohorts.push(id);
      }
      // Requests left to the matcher, apart from each other but over the others' days.
      const pending = [await insertRequest(o + 1, 2), await insertRequest(o + 21, 2), await insertRequest(o + 60, 2)];

      const calls: Promise<unknown>[] = [
        ...requests.flatMap((r, i) => [
          http('POST', `/api/assignments/${r.assignment}/accept`, cookies[r.trainer], {}),
          http('POST', `/api/training-requests/${r.id}/reassign`, admin.cookie, { trainerId: trainers[(i + 1) % 4] }),
        ]),
        ...cohorts.flatMap((c, j) => [
          http('PATCH', `/api/cohorts/${c}`, admin.cookie, { trainerId: trainers[(j + 1) % 4] }),
          http('PATCH', `/api/cohorts/${c}`, admin.cookie, {
            startsAt: at(o + 2 * j + 1).toISOString(),
            endsAt: at(o + 2 * j + 4).toISOString(),
          }),
          http('POST', `/api/cohorts/${c}/nominations`, coordinator.cookie, {
            officerIds: [officers[j].id, officers[(j + 1) % officers.length].id],
          }),
        ]),
        http('POST', `/api/cohorts/${cohorts[3]}/status`, admin.cookie, { status: 'cancelled' }),
        ...pending.map((id) =>
          matcher.execute({ requestId: id, round: 1 }).then((outcome) => {
            matchOutcomes.push(outcome);
          }),
        ),
      ];
      const results = await Promise.all(calls);
      statuses.push(...results.filter((r): r is number => typeof r === 'number'));
    }

    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect([...new Set(statuses)].filter((s) => ![200, 201, 409].includes(s))).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(ROUNDS * 3); // not everything collided
    expect(matchOutcomes).toHaveLength(ROUNDS * 3);
    // The guarantee, checked on the source tables, and the booking table in step with them.
    expect(await overlappingBookings(t)).toEqual([]);
    expect(await bookingsOutOfStep(t)).toEqual([]);
    // Load limits: no trainer over their quarterly limit through the matcher (admins' direct choices aside,
    // the four trainers' limit of 50 is out of reach).
    const overLimit = await t.db.query(
      `SELECT a.trainer_id, date_trunc('quarter', lower(a.period)) AS quarter, count(*)::int AS n, p.load_limit_per_quarter AS lim
         FROM assignment a JOIN trainer_profile p ON p.user_id = a.trainer_id
        WHERE a.status IN ('proposed', 'accepted', 'completed') AND a.trainer_id = ANY($1)
        GROUP BY 1, 2, 4 HAVING count(*) > p.load_limit_per_quarter`,
      [trainers],
    );
    expect(overLimit).toEqual([]);
    // One live assignment per request; seats within capacity.
    expect(
      await t.db.query(
        `SELECT training_request_id FROM assignment WHERE status IN ('proposed', 'accepted') GROUP BY 1 HAVING count(*) > 1`,
      ),
    ).toEqual([]);
    expect(await t.db.query(`SELECT id FROM cohort WHERE seats_taken > capacity`)).toEqual([]);
  });
});
