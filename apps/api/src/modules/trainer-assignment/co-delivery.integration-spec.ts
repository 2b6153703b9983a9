import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import {
  bookingsOutOfStep,
  createLocalTrainers,
  createTrainers,
  overlappingBookings,
} from '../../../test/assignment-fixtures';
import { LocalTrainersService } from './local-trainers.service';
import { MatchTrainingRequestUseCase } from './usecases/match-training-request/match-training-request.usecase';

const DAY = 86400_000;

jest.setTimeout(120_000);

interface Live {
  id: string;
  trainer_id: string;
  seat: number;
  co_delivery_partner_id: string | null;
  pool: string;
}

describe('co-delivery: one local trainer and one expert, booked together or not at all (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitId: string;
  let coordinator: TestUser;
  let matcher: MatchTrainingRequestUseCase;

  beforeAll(async () => {
    t = await TestApp.start({ PROPOSAL_TTL_SECONDS: '3600' });
    matcher = t.app.get(MatchTrainingRequestUseCase);
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
  });
  afterAll(() => t.close());

  /** A foundation course taught by pairs (its policy set by an admin), with its own trainers. */
  async function coDeliveredCourse(locals: number, experts: number) {
    const { courseId } = await createPublishedCourse(t, admin);
    const policy = await t.inject({
      method: 'PATCH',
      url: `/api/courses/${courseId}`,
      cookie: admin.cookie,
      payload: { deliveryPolicy: 'co_delivery' },
    });
    expect(policy.statusCode).toBe(200);
    expect(policy.json().deliveryPolicy).toBe('co_delivery');
    return {
      courseId,
      locals: await createLocalTrainers(t, locals, { courseId, policeUnitId: unitId, languages: ['uk'] }),
      experts: await createTrainers(t, experts, { courseId, languages: ['uk'] }),
    };
  }

  async function raise(courseId: string, startDay: number): Promise<string> {
    const starts = new Date(Date.now() + startDay * DAY);
    const response = await t.inject({
      method: 'POST',
      url: '/api/training-requests',
      cookie: coordinator.cookie,
      payload: {
        courseId,
        language: 'uk',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3 * DAY).toISOString(),
        deliveryMode: 'in_person',
        seats: 10,
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }

  const match = async (requestId: string) => {
    const [{ round }] = await t.db.query(`SELECT round FROM training_request WHERE id = $1`, [requestId]);
    return matcher.execute({ requestId, round });
  };

  const live = (requestId: string): Promise<Live[]> =>
    t.db.query(
      `SELECT a.id, a.trainer_id, a.seat, a.co_delivery_partner_id, CASE WHEN u.role = 'trainer' THEN 'expert' ELSE 'local' END AS pool
         FROM assignment a JOIN app_user u ON u.id = a.trainer_id
        WHERE a.training_request_id = $1 AND a.status IN ('proposed', 'accepted') ORDER BY a.seat`,
      [requestId],
    );

  it('ten overlapping requests matched at once by two pairs of trainers: two pairs proposed, never a half, no double booking', async () => {
    const { courseId, locals, experts } = await coDeliveredCourse(2, 2);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await raise(courseId, 30 + (i % 2)));
    const outcomes = await Promise.all(ids.map((id) => match(id)));
    expect(outcomes.filter((o) => o === 'proposed')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'unfilled')).toHaveLength(8);
    const pairs = [];
    for (const id of ids) {
      const rows = await live(id);
      expect([0, 2]).toContain(rows.length); // both or neither
      if (rows.length === 0) continue;
      const [lead, co] = rows;
      expect([lead.seat, lead.pool, co.seat, co.pool]).toEqual([1, 'expert', 2, 'local']);
      expect([lead.co_delivery_partner_id, co.co_delivery_partner_id]).toEqual([co.id, lead.id]);
      pairs.push([lead.trainer_id, co.trainer_id]);
    }
    // Each trainer in at most one pair: the four trainers make the two pairs.
    expect(pairs.flat().sort()).toEqual([...locals, ...experts].map((x) => x.id).sort());
    expect(await overlappingBookings(t)).toEqual([]);
    expect(await bookingsOutOfStep(t)).toEqual([]);
    // The booking table itself: no trainer booked twice over overlapping days.
    expect(
      await t.db.query(
        `SELECT x.trainer_id FROM trainer_booking x JOIN trainer_booking y ON x.trainer_id = y.trainer_id AND x.id < y.id AND x.period && y.period`,
      ),
    ).toEqual([]);
  });

  it('an expert who cannot take it leaves the local trainer unbooked too', async () => {
    const { courseId, locals, experts } = await coDeliveredCourse(1, 1);
    const requestId = await raise(courseId, 60);
    // The expert is away over those days.
    const starts = new Date(Date.now() + 59 * DAY);
    await t.db.query(`INSERT INTO trainer_unavailability (trainer_id, period) VALUES ($1, tstzrange($2, $3, '[)'))`, [
      experts[0].id,
      starts,
      new Date(starts.getTime() + 10 * DAY),
    ]);
    expect(await match(requestId)).toBe('unfilled');
    expect(await live(requestId)).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM trainer_booking WHERE trainer_id = $1`, [locals[0].id])).toEqual([]);
    // The round's ranking says where each came from: the local trainer was eligible, the expert was not.
    const [{ match_rounds }] = await t.db.query(`SELECT match_rounds FROM training_request WHERE id = $1`, [requestId]);
    expect(match_rounds[0].ranking.map((e: { pool: string }) => e.pool)).toEqual(['local']);
  });

  it('the local trainer’s certification lapses while the pair is proposed: the sweep releases the expert too', async () => {
    const { courseId, locals, experts } = await coDeliveredCourse(1, 1);
    const requestId = await raise(courseId, 90);
    expect(await match(requestId)).toBe('proposed');
    const [lead, co] = await live(requestId);
    expect([lead.trainer_id, co.trainer_id]).toEqual([experts[0].id, locals[0].id]);
    await t.db.query(`UPDATE certification SET status = 'revoked', revoked_at = now() WHERE id = $1`, [
      locals[0].certificationId,
    ]);
    expect(await t.app.get(LocalTrainersService).sweepLapsed()).toBe(1);
    // Both or neither: no half pair left proposed, neither trainer's days still booked for it.
    expect(await live(requestId)).toEqual([]);
    expect(
      await t.db.query(`SELECT 1 FROM trainer_booking WHERE assignment_id = ANY($1::uuid[])`, [[lead.id, co.id]]),
    ).toEqual([]);
    expect((await t.db.query(`SELECT status FROM training_request WHERE id = $1`, [requestId]))[0].status).toBe(
      'pending',
    );
    expect(await bookingsOutOfStep(t)).toEqual([]);
  });

  it('both accept: one cohort, the expert its trainer and the local trainer its co-trainer; a decline releases both', async () => {
    const { courseId, locals } = await coDeliveredCourse(1, 1);
    const requestId = await raise(courseId, 90);
    expect(await match(requestId)).toBe('proposed');
    const [lead, co] = await live(requestId);
    const localCookie = await t.sessionCookie(co.trainer_id);
    const expertCookie = await t.sessionCookie(lead.trainer_id);
    const accept = (id: string, cookie: string) =>
      t.inject({ method: 'POST', url: `/api/assignments/${id}/accept`, cookie, payload: {} });

    expect((await accept(co.id, localCookie)).statusCode).toBe(200);
    // Half accepted: no cohort yet, both still booked.
    expect((await t.db.query(`SELECT status, cohort_id FROM training_request WHERE id = $1`, [requestId]))[0]).toEqual({
      status: 'proposed',
      cohort_id: null,
    });
    expect(await bookingsOutOfStep(t)).toEqual([]);
    expect((await accept(lead.id, expertCookie)).statusCode).toBe(200);
    const [cohort] = await t.db.query(
      `SELECT co.trainer_id, co.co_trainer_id, r.status FROM training_request r JOIN cohort co ON co.id = r.cohort_id WHERE r.id = $1`,
      [requestId],
    );
    expect(cohort).toEqual({ trainer_id: lead.trainer_id, co_trainer_id: locals[0].id, status: 'assigned' });
    const kinds = await t.db.query(
      `SELECT trainer_id, kind FROM trainer_booking WHERE trainer_id = ANY($1::uuid[]) ORDER BY kind`,
      [[lead.trainer_id, co.trainer_id]],
    );
    expect(kinds).toEqual([
      { trainer_id: co.trainer_id, kind: 'co_delivery' },
      { trainer_id: lead.trainer_id, kind: 'cohort' },
    ]);
    expect(await bookingsOutOfStep(t)).toEqual([]);

    // Another pair: the local trainer accepts, the expert declines: both are released and the request re-opens.
    const second = await raise(courseId, 120);
    expect(await match(second)).toBe('proposed');
    const [lead2, co2] = await live(second);
    expect((await accept(co2.id, localCookie)).statusCode).toBe(200);
    const declined = await t.inject({
      method: 'POST',
      url: `/api/assignments/${lead2.id}/decline`,
      cookie: expertCookie,
      payload: { reason: 'Testifying in court that week' },
    });
    expect(declined.statusCode).toBe(200);
    expect(await live(second)).toEqual([]);
    expect(
      await t.db.query(`SELECT id, status FROM assignment WHERE id = ANY($1::uuid[]) ORDER BY seat`, [
        [lead2.id, co2.id],
      ]),
    ).toEqual([
      { id: lead2.id, status: 'declined' },
      { id: co2.id, status: 'cancelled' },
    ]);
    expect(
      await t.db.query(`SELECT 1 FROM trainer_booking WHERE assignment_id = ANY($1::uuid[])`, [[lead2.id, co2.id]]),
    ).toEqual([]);
    expect((await t.db.query(`SELECT status FROM training_request WHERE id = $1`, [second]))[0].status).toBe('pending');
    expect(await bookingsOutOfStep(t)).toEqual([]);

    // Cancelling the co-delivered cohort releases both of its bookings.
    const [{ cohort_id }] = await t.db.query(`SELECT cohort_id FROM training_request WHERE id = $1`, [requestId]);
    const cancelled = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${cohort_id}/status`,
      cookie: admin.cookie,
      payload: { status: 'cancelled' },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(await t.db.query(`SELECT 1 FROM trainer_booking WHERE cohort_id = $1`, [cohort_id])).toEqual([]);
    expect(await bookingsOutOfStep(t)).toEqual([]);
  });
});
