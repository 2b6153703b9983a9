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
  /** Another unit of the same country: its local trainers teach cohorts reserved for `unitId` as co-trainers. */
  let otherUnitId: string;
  let coordinator: TestUser;
  let matcher: MatchTrainingRequestUseCase;

  beforeAll(async () => {
    t = await TestApp.start({ PROPOSAL_TTL_SECONDS: '3600' });
    matcher = t.app.get(MatchTrainingRequestUseCase);
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    otherUnitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
  });
  afterAll(() => t.close());

  /** A foundation course taught by pairs (its policy set by an admin), with its own trainers. */
  async function coDeliveredCourse(locals: number, experts: number, localUnitId?: string) {
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
      locals: await createLocalTrainers(t, locals, {
        courseId,
        policeUnitId: localUnitId ?? unitId,
        languages: ['uk'],
      }),
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

  /** Both of a proposed pair accept: the co-delivered cohort's id (expert its trainer, local its co-trainer). */
  async function acceptPair(requestId: string): Promise<{ cohortId: string; lead: Live; co: Live }> {
    const [lead, co] = await live(requestId);
    for (const a of [co, lead]) {
      const accepted = await t.inject({
        method: 'POST',
        url: `/api/assignments/${a.id}/accept`,
        cookie: await t.sessionCookie(a.trainer_id),
        payload: {},
      });
      expect(accepted.statusCode).toBe(200);
    }
    const [{ cohort_id }] = await t.db.query(`SELECT cohort_id FROM training_request WHERE id = $1`, [requestId]);
    return { cohortId: cohort_id, lead, co };
  }

  it('the co-trainer has the trainer’s rights: my cohorts, the cohort, roster, sessions, attendance, grading, calendar', async () => {
    // The local trainer is an officer of ANOTHER unit: the cohort, reserved for the requesting unit, is theirs
    // to see only because they co-teach it.
    const { courseId } = await coDeliveredCourse(1, 1, otherUnitId);
    const requestId = await raise(courseId, 150);
    expect(await match(requestId)).toBe('proposed');
    const { cohortId, co } = await acceptPair(requestId);
    const local = await t.sessionCookie(co.trainer_id);
    const get = (url: string, cookie = local) => t.inject({ method: 'GET', url, cookie });
    const [officer] = await t.db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
       VALUES ('learner-' || gen_random_uuid() || '@example.test', 'Олена Коваль', 'officer', 'unused', $1) RETURNING id`,
      [unitId],
    );
    const [{ id: enrolmentId }] = await t.db.query(
      `INSERT INTO enrolment (cohort_id, course_id, officer_id, status) SELECT id, course_id, $2, 'enrolled' FROM cohort WHERE id = $1 RETURNING id`,
      [cohortId, officer.id],
    );
    await t.db.query(`UPDATE cohort SET seats_taken = seats_taken + 1 WHERE id = $1`, [cohortId]);
    await t.db.query(`UPDATE training_session SET venue_address = 'вул. Хрещатик, 1' WHERE cohort_id = $1`, [cohortId]);

    const mine = await get('/api/cohorts?mine=true');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((c: { id: string }) => c.id)).toEqual([cohortId]);
    const cohort = await get(`/api/cohorts/${cohortId}`);
    expect(cohort.statusCode).toBe(200);
    expect(cohort.json()).toMatchObject({ coTrainerId: co.trainer_id, coTrainerName: 'Local trainer 1' });
    const roster = await get(`/api/cohorts/${cohortId}/roster`);
    expect(roster.statusCode).toBe(200);
    expect(roster.json().entries.map((e: { officerId: string }) => e.officerId)).toEqual([officer.id]);
    const sessions = await get(`/api/cohorts/${cohortId}/sessions`);
    expect(sessions.statusCode).toBe(200);
    const [session] = sessions.json().items;
    expect(session.venueAddress).toBe('вул. Хрещатик, 1'); // how to get in: for those taking part
    expect((await get(`/api/training-sessions/${session.id}`)).json().venueAddress).toBe('вул. Хрещатик, 1');
    expect((await get(`/api/training-sessions/${session.id}/attendance`)).statusCode).toBe(200);
    // Their calendar (page and feed share the scope) shows the sessions they co-teach.
    const [{ starts_at }] = await t.db.query(`SELECT starts_at FROM cohort WHERE id = $1`, [cohortId]);
    const from = new Date(starts_at.getTime() - DAY).toISOString();
    const to = new Date(starts_at.getTime() + 10 * DAY).toISOString();
    const calendar = await get(`/api/calendar?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(calendar.statusCode).toBe(200);
    expect(
      calendar
        .json()
        .items.filter((e: { kind: string }) => e.kind === 'training_session')
        .map((e: { cohortId: string }) => e.cohortId),
    ).toContain(cohortId);
    const byTrainer = await get(
      `/api/calendar?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&trainerId=${co.trainer_id}`,
      admin.cookie,
    );
    expect(byTrainer.json().items.map((e: { cohortId: string }) => e.cohortId)).toContain(cohortId);

    // A colleague of the co-trainer's unit teaches nothing here: the cohort is hidden from them.
    const colleague = await t.signIn('officer', { policeUnitId: otherUnitId });
    expect((await get(`/api/cohorts/${cohortId}`, colleague.cookie)).statusCode).toBe(404);
    expect((await get(`/api/cohorts/${cohortId}/roster`, colleague.cookie)).statusCode).toBe(404);

    // A local trainer never moves into a run they co-teach (as with enrolling).
    await t.db.query(`UPDATE cohort SET police_unit_id = NULL, status = 'open' WHERE id = $1`, [cohortId]);
    const self = await t.inject({ method: 'POST', url: `/api/cohorts/${cohortId}/enrolments`, cookie: local });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ code: 'enrolment.teaches_cohort' });
    const [{ id: otherRun }] = await t.db.query(
      `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, capacity, status)
       SELECT course_id, starts_at + interval '30 days', ends_at + interval '30 days', 'online', language, 10, 'open' FROM cohort WHERE id = $1 RETURNING id`,
      [cohortId],
    );
    const joined = await t.inject({ method: 'POST', url: `/api/cohorts/${otherRun}/enrolments`, cookie: local });
    expect(joined.statusCode).toBe(201);
    const moved = await t.inject({
      method: 'POST',
      url: `/api/enrolments/${joined.json().id}/switch`,
      cookie: local,
      payload: { cohortId },
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.json()).toMatchObject({ code: 'enrolment.teaches_cohort', field: 'cohortId' });

    // The cohort runs: the co-trainer keeps the sign-in sheet and grades.
    await t.db.query(`UPDATE cohort SET status = 'running' WHERE id = $1`, [cohortId]);
    const marked = await t.inject({
      method: 'PUT',
      url: `/api/training-sessions/${session.id}/attendance`,
      cookie: local,
      payload: { marks: [{ enrolmentId, status: 'present' }] },
    });
    expect(marked.statusCode).toBe(200);
    const graded = await t.inject({
      method: 'PUT',
      url: `/api/enrolments/${enrolmentId}/grade`,
      cookie: local,
      payload: { passed: true },
    });
    expect(graded.statusCode).toBe(200);
    expect(graded.json().status).toBe('completed');
    // Never their own enrolment (a seat written before the rule): forbidden as the co-trainer, not as a stranger.
    await t.db.query(`DELETE FROM enrolment WHERE officer_id = $1`, [co.trainer_id]);
    const [{ id: own }] = await t.db.query(
      `INSERT INTO enrolment (cohort_id, course_id, officer_id, status) SELECT id, course_id, $2, 'enrolled' FROM cohort WHERE id = $1 RETURNING id`,
      [cohortId, co.trainer_id],
    );
    const gradedOwn = await t.inject({
      method: 'PUT',
      url: `/api/enrolments/${own}/grade`,
      cookie: local,
      payload: { passed: true },
    });
    expect(gradedOwn.statusCode).toBe(403);
    expect(gradedOwn.json()).toMatchObject({ code: 'cohort.grade_own_forbidden' });
  });

  it('no local trainer available: the expert alone, the reason in the ranking; never a local trainer alone', async () => {
    const { courseId, locals, experts } = await coDeliveredCourse(1, 1);
    // The local trainer is away over those days; the expert is free.
    const starts = new Date(Date.now() + 179 * DAY);
    await t.db.query(`INSERT INTO trainer_unavailability (trainer_id, period) VALUES ($1, tstzrange($2, $3, '[)'))`, [
      locals[0].id,
      starts,
      new Date(starts.getTime() + 10 * DAY),
    ]);
    const requestId = await raise(courseId, 180);
    expect(await match(requestId)).toBe('proposed');
    const rows = await live(requestId);
    expect(rows.map((r) => [r.trainer_id, r.seat, r.co_delivery_partner_id, r.pool])).toEqual([
      [experts[0].id, 1, null, 'expert'],
    ]);
    const request = await t.inject({ method: 'GET', url: `/api/training-requests/${requestId}`, cookie: admin.cookie });
    expect(request.json().deliveryPolicy).toBe('co_delivery');
    const [entry] = request.json().matchRounds[0].ranking;
    expect(entry).toMatchObject({ trainerId: experts[0].id, pool: 'expert' });
    expect(entry.reasons[1]).toBe('co_delivery fallback: no local trainer available in UA, expert alone');
    expect(await bookingsOutOfStep(t)).toEqual([]);
    // Accepted alone: the cohort has its trainer and no co-trainer.
    const accepted = await t.inject({
      method: 'POST',
      url: `/api/assignments/${rows[0].id}/accept`,
      cookie: await t.sessionCookie(experts[0].id),
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
    expect(
      await t.db.query(
        `SELECT co.trainer_id, co.co_trainer_id FROM training_request r JOIN cohort co ON co.id = r.cohort_id WHERE r.id = $1`,
        [requestId],
      ),
    ).toEqual([{ trainer_id: experts[0].id, co_trainer_id: null }]);

    // The other way round (a local trainer free, no expert): unfilled, the local trainer unbooked.
    const lone = await coDeliveredCourse(1, 0);
    const second = await raise(lone.courseId, 200);
    expect(await match(second)).toBe('unfilled');
    expect(await t.db.query(`SELECT 1 FROM trainer_booking WHERE trainer_id = $1`, [lone.locals[0].id])).toEqual([]);
  });

  it('an admin’s reassignment under co_delivery proposes a pair, both booked or neither, also when two race for it', async () => {
    const { courseId, locals, experts } = await coDeliveredCourse(2, 2);
    const requestId = await raise(courseId, 220);
    expect(await match(requestId)).toBe('proposed');
    const [lead, co] = await live(requestId);
    const otherExpert = experts.find((e) => e.id !== lead.trainer_id)!.id;
    const otherLocal = locals.find((l) => l.id !== co.trainer_id)!.id;
    const reassign = (id: string, payload: Record<string, string>) =>
      t.inject({ method: 'POST', url: `/api/training-requests/${id}/reassign`, cookie: admin.cookie, payload });

    // The pair's roles are fixed: an expert leads, a local trainer co-teaches.
    const wrongLead = await reassign(requestId, { trainerId: otherLocal });
    expect(wrongLead.statusCode).toBe(400);
    expect(wrongLead.json()).toMatchObject({ code: 'training_request.co_delivery_pair', field: 'trainerId' });
    const wrongCo = await reassign(requestId, { trainerId: otherExpert, coTrainerId: lead.trainer_id });
    expect(wrongCo.statusCode).toBe(400);
    expect(wrongCo.json()).toMatchObject({ code: 'training_request.co_delivery_pair', field: 'coTrainerId' });

    const done = await reassign(requestId, { trainerId: otherExpert, coTrainerId: otherLocal });
    expect(done.statusCode).toBe(200);
    const pair = await live(requestId);
    expect(pair.map((r) => [r.trainer_id, r.seat, r.pool])).toEqual([
      [otherExpert, 1, 'expert'],
      [otherLocal, 2, 'local'],
    ]);
    expect([pair[0].co_delivery_partner_id, pair[1].co_delivery_partner_id]).toEqual([pair[1].id, pair[0].id]);
    expect(await t.db.query(`SELECT status FROM assignment WHERE id = ANY($1::uuid[])`, [[lead.id, co.id]])).toEqual([
      { status: 'cancelled' },
      { status: 'cancelled' },
    ]);
    expect(await bookingsOutOfStep(t)).toEqual([]);

    // Two overlapping requests of the course (not matched yet), each reassigned at once to the same pair: one
    // gets it, the other is refused and keeps nothing half-booked; neither trainer is booked twice.
    const a = await raise(courseId, 260);
    const b = await raise(courseId, 261);
    const before: Record<string, Live[]> = { [a]: await live(a), [b]: await live(b) };
    const [x, y] = await Promise.all(
      [a, b].map((id) => reassign(id, { trainerId: experts[0].id, coTrainerId: locals[0].id })),
    );
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const refused = x.statusCode === 409 ? a : b;
    const refusal = (x.statusCode === 409 ? x : y).json();
    expect(refusal.code).toBe('trainer.already_booked');
    expect(['trainerId', 'coTrainerId']).toContain(refusal.field);
    expect(await live(refused)).toEqual(before[refused]); // rolled back whole: no half of the pair left
    const won = await live(refused === a ? b : a);
    expect(won.map((r) => r.trainer_id)).toEqual([experts[0].id, locals[0].id]);
    expect(await overlappingBookings(t)).toEqual([]);
    expect(await bookingsOutOfStep(t)).toEqual([]);
    expect(
      await t.db.query(
        `SELECT x.trainer_id FROM trainer_booking x JOIN trainer_booking y ON x.trainer_id = y.trainer_id AND x.id < y.id AND x.period && y.period`,
      ),
    ).toEqual([]);

    // A course taught by one trainer takes one: a co-trainer is refused.
    const { courseId: single } = await createPublishedCourse(t, admin);
    const [solo] = await createTrainers(t, 1, { courseId: single, languages: ['uk'] });
    const plain = await raise(single, 300);
    const notPair = await reassign(plain, { trainerId: solo.id, coTrainerId: locals[1].id });
    expect(notPair.statusCode).toBe(400);
    expect(notPair.json()).toMatchObject({ code: 'training_request.not_co_delivered', field: 'coTrainerId' });
  });

  it('a co-trainer’s certification lapses: out of matching at once, their half-accepted pair released, co-taught cohort kept, admins told', async () => {
    const { courseId, locals, experts } = await coDeliveredCourse(1, 2);
    const local = locals[0].id;
    const taught = await raise(courseId, 320);
    expect(await match(taught)).toBe('proposed');
    const { cohortId } = await acceptPair(taught);
    // Another pair: the local trainer accepted their half, the expert has not answered.
    const half = await raise(courseId, 340);
    expect(await match(half)).toBe('proposed');
    const [halfLead, halfCo] = await live(half);
    expect(halfCo.trainer_id).toBe(local);
    const accepted = await t.inject({
      method: 'POST',
      url: `/api/assignments/${halfCo.id}/accept`,
      cookie: await t.sessionCookie(local),
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);

    await t.db.query(`UPDATE certification SET status = 'revoked', revoked_at = now() WHERE id = $1`, [
      locals[0].certificationId,
    ]);
    // At once, before any sweep: the next round has no local trainer (the expert alone), and they cannot be
    // proposed by hand either.
    const next = await raise(courseId, 360);
    expect(await match(next)).toBe('proposed');
    expect((await live(next)).map((r) => r.pool)).toEqual(['expert']);
    const [{ match_rounds }] = await t.db.query(`SELECT match_rounds FROM training_request WHERE id = $1`, [next]);
    expect(match_rounds[0].ranking.map((e: { trainerId: string }) => e.trainerId)).not.toContain(local);
    const byHand = await t.inject({
      method: 'POST',
      url: `/api/training-requests/${next}/reassign`,
      cookie: admin.cookie,
      payload: { trainerId: experts[0].id, coTrainerId: local },
    });
    expect(byHand.statusCode).toBe(400);
    expect(byHand.json()).toMatchObject({ code: 'training_request.local_not_qualified', field: 'coTrainerId' });

    // The sweep: the half-accepted pair is released whole (both or neither), the co-taught cohort stays theirs.
    expect(await t.app.get(LocalTrainersService).sweepLapsed()).toBe(1);
    expect(
      await t.db.query(`SELECT id, status FROM assignment WHERE id = ANY($1::uuid[]) ORDER BY seat`, [
        [halfLead.id, halfCo.id],
      ]),
    ).toEqual([
      { id: halfLead.id, status: 'cancelled' },
      { id: halfCo.id, status: 'cancelled' },
    ]);
    expect(
      await t.db.query(`SELECT 1 FROM trainer_booking WHERE assignment_id = ANY($1::uuid[])`, [
        [halfLead.id, halfCo.id],
      ]),
    ).toEqual([]);
    expect((await t.db.query(`SELECT status FROM training_request WHERE id = $1`, [half]))[0].status).toBe('pending');
    expect((await t.db.query(`SELECT co_trainer_id, status FROM cohort WHERE id = $1`, [cohortId]))[0]).toEqual({
      co_trainer_id: local,
      status: 'open',
    });
    expect(await bookingsOutOfStep(t)).toEqual([]);
    // Admins are told in the app, with the cohort they co-teach to look at.
    const notices = await t.db.query(
      `SELECT n.params FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.kind = 'local_trainer.lapsed' AND u.id = $1 AND n.params->>'trainerId' = $2`,
      [admin.id, local],
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].params).toMatchObject({ cohortCount: 1, proposalCount: 2 });
  });
});
