import { randomBytes } from 'node:crypto';
import { Clock } from '../../core/clock/clock';
import { TestApp, TestUser } from '../../../test/test-app';
import { createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';
import { createTrainers } from '../../../test/assignment-fixtures';
import { LocalTrainersService } from './local-trainers.service';
import { MatchTrainingRequestUseCase } from './usecases/match-training-request/match-training-request.usecase';

const DAY = 86400_000;
/** The application's time is pinned (and moves on in real time from there): nothing depends on today's date. */
const PINNED = Date.parse('2031-03-03T09:00:00Z');
const STARTED = Date.now();
const appNow = () => new Date(PINNED + (Date.now() - STARTED));

jest.setTimeout(120_000);

interface RankingEntry {
  trainerId: string;
  pool: string;
  reasons: string[];
}

describe('local trainers: becoming one, matched beside experts, lapsing (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitId: string;
  let coordinator: TestUser;
  let officer: TestUser;
  let foundation: string;
  let advanced: string;
  let totCourse: string;
  let totCohort: string;
  let certificationId: string;
  let experts: { id: string }[];
  let advancedExperts: { id: string }[];
  let matcher: MatchTrainingRequestUseCase;

  beforeAll(async () => {
    jest.spyOn(Clock.prototype, 'now').mockImplementation(appNow);
    t = await TestApp.start({ PROPOSAL_TTL_SECONDS: '3600' });
    matcher = t.app.get(MatchTrainingRequestUseCase);
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    officer = await t.signIn('officer', { policeUnitId: unitId });
    ({ courseId: foundation } = await createPublishedCourse(t, admin));
    ({ courseId: advanced } = await createPublishedCourse(t, admin));
    await t.db.query(`UPDATE course SET level = 'advanced' WHERE id = $1`, [advanced]);
    ({ courseId: totCourse } = await createPublishedCourse(t, admin));
    // The officer completed the train-the-trainer course in a cohort (the cascade's lineage) …
    totCohort = await createOpenCohort(t, admin, totCourse, { startsAt: new Date(PINNED - 60 * DAY) });
    await t.db.query(
      `INSERT INTO enrolment (cohort_id, course_id, officer_id, status, completed_at) SELECT id, course_id, $2, 'completed', ends_at FROM cohort WHERE id = $1`,
      [totCohort, officer.id],
    );
    // … of a train-the-trainer programme (made through the API) that qualifies holders for both courses.
    const programme = await t.inject({
      method: 'POST',
      url: '/api/certification-programmes',
      cookie: admin.cookie,
      payload: {
        name: `Trainer of trainers ${randomBytes(3).toString('hex')}`,
        description: 'Delivering the foundation course to colleagues.',
        courseIds: [totCourse],
        validityMonths: 24,
        recertificationWindowDays: 60,
        skills: [],
        trainerCourseIds: [foundation, advanced],
      },
    });
    expect(programme.statusCode).toBe(201);
    expect(programme.json().trainerCourseIds.sort()).toEqual([foundation, advanced].sort());
    certificationId = await certify(officer.id, programme.json().id);
    experts = await createTrainers(t, 2, { courseId: foundation, languages: ['uk'] });
    advancedExperts = await createTrainers(t, 2, { courseId: advanced, languages: ['uk'] });
  }, 200_000);
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  async function certify(holderId: string, programmeId: string): Promise<string> {
    const [{ id }] = await t.db.query(
      `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, status, public_code, credential)
       VALUES ($1, $2, $3, $3, $4, 'active', $5, '') RETURNING id`,
      [
        programmeId,
        holderId,
        new Date(PINNED - 30 * DAY),
        new Date(PINNED + 700 * DAY),
        randomBytes(8).toString('hex'),
      ],
    );
    return id;
  }

  const call = (user: TestUser, method: string, url: string, payload?: object) =>
    t.inject({ method, url, cookie: user.cookie, payload });

  async function raise(courseId: string, startDay: number, unit = unitId, by = coordinator): Promise<string> {
    const starts = new Date(PINNED + startDay * DAY);
    const response = await call(by, 'POST', '/api/training-requests', {
      ...(by.role === 'admin' ? { policeUnitId: unit } : {}),
      courseId,
      language: 'uk',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 3 * DAY).toISOString(),
      deliveryMode: 'in_person',
      seats: 10,
    });
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }

  /** Runs the matcher for the request's current round, in this process; answers the round's ranking and the live proposal. */
  async function match(requestId: string) {
    const [{ round }] = await t.db.query(`SELECT round FROM training_request WHERE id = $1`, [requestId]);
    const outcome = await matcher.execute({ requestId, round });
    const [{ match_rounds }] = await t.db.query(`SELECT match_rounds FROM training_request WHERE id = $1`, [requestId]);
    const ranking = match_rounds[match_rounds.length - 1].ranking as RankingEntry[];
    const live = await t.db.query(
      `SELECT id, trainer_id FROM assignment WHERE training_request_id = $1 AND status = 'proposed'`,
      [requestId],
    );
    return { outcome, ranking, proposal: live[0] as { id: string; trainer_id: string } | undefined };
  }

  let applicationId: string;

  it('an officer holding a train-the-trainer certification applies; both the coordinator and an admin must confirm', async () => {
    const other = await t.signIn('officer', { policeUnitId: unitId });
    // Someone else's certification does not qualify.
    const notTheirs = await call(other, 'POST', '/api/local-trainer-applications', {
      certificationId,
      languages: ['uk'],
      loadLimitPerQuarter: 3,
    });
    expect(notTheirs.statusCode).toBe(409);
    expect(notTheirs.json().code).toBe('local_trainer_application.not_certified');

    const applied = await call(officer, 'POST', '/api/local-trainer-applications', {
      certificationId,
      languages: ['uk', 'en'],
      loadLimitPerQuarter: 3,
    });
    expect(applied.statusCode).toBe(201);
    applicationId = applied.json().id;
    expect(applied.json()).toMatchObject({
      status: 'pending',
      countryCode: 'UA',
      trainedInCohortId: totCohort,
      coordinatorConfirmedAt: null,
      adminConfirmedAt: null,
    });
    expect(applied.json().courseIds.sort()).toEqual([foundation, advanced].sort());
    const again = await call(officer, 'POST', '/api/local-trainer-applications', {
      certificationId,
      languages: ['uk'],
      loadLimitPerQuarter: 3,
    });
    expect(again.json().code).toBe('local_trainer_application.already_pending');

    // Another unit's coordinator does not see it; the officer cannot confirm (role) their own.
    const stranger = await t.signIn('coordinator', { policeUnitId: await t.createUnit('UA') });
    expect(
      (await call(stranger, 'POST', `/api/local-trainer-applications/${applicationId}/confirm`, {})).statusCode,
    ).toBe(404);
    expect(
      (await call(officer, 'POST', `/api/local-trainer-applications/${applicationId}/confirm`, {})).statusCode,
    ).toBe(403);
    expect((await call(stranger, 'GET', '/api/local-trainer-applications')).json().total).toBe(0);
    expect(
      (await call(coordinator, 'GET', '/api/local-trainer-applications')).json().items.map((a: { id: string }) => a.id),
    ).toEqual([applicationId]);

    const byCoordinator = await call(
      coordinator,
      'POST',
      `/api/local-trainer-applications/${applicationId}/confirm`,
      {},
    );
    expect(byCoordinator.statusCode).toBe(200);
    expect(byCoordinator.json().status).toBe('pending');
    expect(
      (await call(coordinator, 'POST', `/api/local-trainer-applications/${applicationId}/confirm`, {})).json().code,
    ).toBe('local_trainer_application.already_confirmed');
    // One confirmation is not enough: no grant, no profile yet.
    expect(await t.db.query(`SELECT 1 FROM capability_grant WHERE user_id = $1`, [officer.id])).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM trainer_profile WHERE user_id = $1`, [officer.id])).toEqual([]);

    const byAdmin = await call(admin, 'POST', `/api/local-trainer-applications/${applicationId}/confirm`, {});
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json().status).toBe('confirmed');

    const grants = await t.db.query(
      `SELECT scope FROM capability_grant WHERE user_id = $1 AND capability = 'local_trainer' AND revoked_at IS NULL ORDER BY scope`,
      [officer.id],
    );
    expect(grants.map((g: { scope: string }) => g.scope)).toEqual([foundation, advanced].sort());
    const [profile] = await t.db.query(
      `SELECT p.course_ids, p.country_codes, p.languages, p.load_limit_per_quarter, p.local_since IS NOT NULL AS local, p.trained_in_cohort_id, u.role
         FROM trainer_profile p JOIN app_user u ON u.id = p.user_id WHERE p.user_id = $1`,
      [officer.id],
    );
    expect(profile).toMatchObject({
      country_codes: ['UA'],
      languages: ['uk', 'en'],
      load_limit_per_quarter: 3,
      local: true,
      trained_in_cohort_id: totCohort,
      role: 'officer',
    });
    expect([...profile.course_ids].sort()).toEqual([foundation, advanced].sort());
    // The local trainer reads their own trainer profile, marked as such.
    const me = await call(officer, 'GET', `/api/trainers/${officer.id}`);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ pool: 'local', memberFirmId: null, trainedInCohortId: totCohort });
    // … and may not move themselves to another country.
    const moved = await call(officer, 'PATCH', `/api/trainers/${officer.id}/profile`, { countryCodes: ['PL'] });
    expect(moved.json().code).toBe('local_trainer.country_fixed');
  });

  it('a foundation course in their country: the local trainer is ranked and proposed before every expert', async () => {
    const requestId = await raise(foundation, 30);
    const { outcome, ranking, proposal } = await match(requestId);
    expect(outcome).toBe('proposed');
    expect(proposal?.trainer_id).toBe(officer.id);
    expect(ranking.map((e) => e.pool)).toEqual(['local', 'expert', 'expert']);
    expect(ranking[0].reasons[0]).toMatch(/local trainer in UA .*local_first/);
    expect(
      ranking
        .slice(1)
        .map((e) => e.trainerId)
        .sort(),
    ).toEqual(experts.map((e) => e.id).sort());

    // The local trainer sees and accepts the proposal as any trainer would; the cohort is theirs.
    const mine = await call(officer, 'GET', '/api/assignments?status=proposed');
    expect(mine.json().items.map((a: { id: string; trainerPool: string }) => [a.id, a.trainerPool])).toEqual([
      [proposal!.id, 'local'],
    ]);
    const accepted = await call(officer, 'POST', `/api/assignments/${proposal!.id}/accept`, {});
    expect(accepted.statusCode).toBe(200);
    const [request] = await t.db.query(
      `SELECT r.status, co.trainer_id FROM training_request r JOIN cohort co ON co.id = r.cohort_id WHERE r.id = $1`,
      [requestId],
    );
    expect(request).toEqual({ status: 'assigned', trainer_id: officer.id });

    // Their trainer pages beside their learner pages: the cohort they teach, its roster and its attendance sheet.
    const [{ cohort_id: cohortId }] = await t.db.query(`SELECT cohort_id FROM training_request WHERE id = $1`, [
      requestId,
    ]);
    const taught = await call(officer, 'GET', '/api/cohorts?mine=true');
    expect(taught.json().items.map((c: { id: string }) => c.id)).toEqual([cohortId]);
    expect((await call(officer, 'GET', `/api/cohorts/${cohortId}/roster`)).statusCode).toBe(200);
    const sessions = await call(officer, 'GET', `/api/cohorts/${cohortId}/sessions`);
    expect(sessions.statusCode).toBe(200);
    const sessionId = sessions.json()[0]?.id ?? sessions.json().items?.[0]?.id;
    expect((await call(officer, 'GET', `/api/training-sessions/${sessionId}/attendance`)).statusCode).toBe(200);
    // Another officer of the unit is no trainer of it.
    const colleague = await t.signIn('officer', { policeUnitId: unitId });
    expect((await call(colleague, 'GET', `/api/cohorts/${cohortId}/roster`)).statusCode).toBe(404);
    // Still an officer, but never a learner of the cohort they teach (they would grade themselves):
    // neither enrolling nor nominated by their coordinator.
    const self = await call(officer, 'POST', `/api/cohorts/${cohortId}/enrolments`, {});
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ code: 'enrolment.teaches_cohort', field: 'cohortId' });
    const nominated = await call(coordinator, 'POST', `/api/cohorts/${cohortId}/nominations`, {
      officerIds: [officer.id],
    });
    expect(nominated.statusCode).toBe(409);
    expect(
      await t.db.query(`SELECT 1 FROM enrolment WHERE cohort_id = $1 AND officer_id = $2`, [cohortId, officer.id]),
    ).toEqual([]);
    // And a seat that exists anyway (written before this rule) cannot be graded by them.
    const [{ id: ownEnrolment }] = await t.db.query(
      `INSERT INTO enrolment (cohort_id, course_id, officer_id, status) SELECT id, course_id, $2, 'enrolled' FROM cohort WHERE id = $1 RETURNING id`,
      [cohortId, officer.id],
    );
    const graded = await call(officer, 'PUT', `/api/enrolments/${ownEnrolment}/grade`, { passed: true });
    expect(graded.statusCode).toBe(403);
    expect(graded.json()).toMatchObject({ code: 'cohort.grade_own_forbidden' });
    await t.db.query(`DELETE FROM enrolment WHERE id = $1`, [ownEnrolment]);
  });

  it('a protected local trainer is named by a pseudonym to another unit, by name to their own unit and admins', async () => {
    const otherUnit = await t.createUnit('UA');
    const otherCoordinator = await t.signIn('coordinator', { policeUnitId: otherUnit });
    const [{ display_name: name }] = await t.db.query(`SELECT display_name FROM app_user WHERE id = $1`, [officer.id]);
    await t.db.query(`UPDATE app_user SET protected_at = $2 WHERE id = $1`, [officer.id, new Date(PINNED)]);
    try {
      const requestId = await raise(foundation, 50, otherUnit, otherCoordinator);
      const { proposal } = await match(requestId);
      expect(proposal?.trainer_id).toBe(officer.id);
      // The requesting unit's coordinator sees who is proposed, as "Officer <code>", nowhere the name.
      const seen = await call(otherCoordinator, 'GET', `/api/training-requests/${requestId}`);
      expect(seen.statusCode).toBe(200);
      const shown = seen.json().assignments.map((a: { trainerName: string }) => a.trainerName);
      expect(shown).toEqual([expect.stringMatching(/^Officer [0-9A-HJKMNP-TV-Z]{2}-[0-9A-HJKMNP-TV-Z]{3}$/)]);
      expect(seen.json().assignments[0].trainerPseudonym).toEqual({ number: null, code: shown[0].slice(8) });
      expect(JSON.stringify(seen.json())).not.toContain(name);
      // Admins and the trainer's own unit name them; the trainer reads their own proposal by name.
      const byAdmin = await call(admin, 'GET', `/api/training-requests/${requestId}`);
      expect(byAdmin.json().assignments.map((a: { trainerName: string }) => a.trainerName)).toEqual([name]);
      const own = await call(officer, 'GET', '/api/assignments?status=proposed');
      expect(own.json().items.map((a: { trainerName: string }) => a.trainerName)).toEqual([name]);
      // The cohort they already teach: named to their unit's coordinator, as "Officer <code>" to no one who sees it
      // outside the unit but admins.
      const [{ id: taughtCohort }] = await t.db.query(`SELECT id FROM cohort WHERE trainer_id = $1 LIMIT 1`, [
        officer.id,
      ]);
      const cohortByUnit = await call(coordinator, 'GET', `/api/cohorts/${taughtCohort}`);
      expect(cohortByUnit.json()).toMatchObject({ trainerName: name, trainerPseudonym: null });
      const cohortByAdmin = await call(admin, 'GET', `/api/cohorts/${taughtCohort}`);
      expect(cohortByAdmin.json().trainerName).toBe(name);
      await call(admin, 'POST', `/api/training-requests/${requestId}/cancel`, {});
    } finally {
      await t.db.query(`UPDATE app_user SET protected_at = NULL WHERE id = $1`, [officer.id]);
    }
  });

  it('an advanced course under the default policy, or a foundation course in another country: experts only', async () => {
    const adv = await match(await raise(advanced, 40));
    expect(adv.outcome).toBe('proposed');
    expect(adv.ranking.map((e) => e.trainerId)).not.toContain(officer.id);
    expect(adv.ranking.map((e) => e.pool)).toEqual(['expert', 'expert']);
    expect(advancedExperts.map((e) => e.id)).toContain(adv.proposal!.trainer_id);

    // Experts who deliver in Poland too; the Ukrainian local trainer does not.
    await t.db.query(`UPDATE trainer_profile SET country_codes = '{UA,PL}' WHERE user_id = ANY($1::uuid[])`, [
      experts.map((e) => e.id),
    ]);
    const polishUnit = await t.createUnit('PL');
    const abroad = await match(await raise(foundation, 50, polishUnit, admin));
    expect(abroad.ranking.map((e) => e.trainerId)).not.toContain(officer.id);
    expect(abroad.ranking.length).toBe(2);
    await t.db.query(`UPDATE trainer_profile SET country_codes = '{UA}' WHERE user_id = ANY($1::uuid[])`, [
      experts.map((e) => e.id),
    ]);

    // An expert-only course stays expert-only even for the local trainer's own unit, and `local_first` on the
    // advanced course lets them in.
    await t.db.query(`UPDATE course SET delivery_policy = 'local_first' WHERE id = $1`, [advanced]);
    const allowed = await match(await raise(advanced, 60));
    expect(allowed.ranking[0]).toMatchObject({ trainerId: officer.id, pool: 'local' });
    await call(officer, 'POST', `/api/assignments/${allowed.proposal!.id}/decline`, { reason: 'Busy with casework' });
    await t.db.query(`UPDATE course SET delivery_policy = NULL WHERE id = $1`, [advanced]);
  });

  it('a lapsed certification takes the local trainer out of matching at once; the sweep revokes, cancels and tells admins', async () => {
    // A proposal made while still certified …
    const pendingRequest = await raise(foundation, 70);
    const before = await match(pendingRequest);
    expect(before.proposal?.trainer_id).toBe(officer.id);
    const [{ cohort_id: acceptedCohort }] = await t.db.query(
      `SELECT cohort_id FROM training_request WHERE cohort_id IS NOT NULL AND course_id = $1`,
      [foundation],
    );

    // … then the certification is revoked by an admin.
    const revoked = await call(admin, 'POST', `/api/certifications/${certificationId}/revoke`, {
      reason: 'Left the training cell',
    });
    expect(revoked.statusCode).toBe(200);

    // No sweep has run: the matcher leaves them out already.
    const after = await match(await raise(foundation, 80));
    expect(after.ranking.map((e) => e.trainerId)).not.toContain(officer.id);
    expect(after.ranking.map((e) => e.pool)).toEqual(['expert', 'expert']);

    // The sweep: grants revoked, the live proposal cancelled and its request re-opened, the accepted cohort kept.
    const [{ round: roundBefore }] = await t.db.query(`SELECT round FROM training_request WHERE id = $1`, [
      pendingRequest,
    ]);
    expect(await t.app.get(LocalTrainersService).sweepLapsed()).toBe(1);
    expect(await t.app.get(LocalTrainersService).sweepLapsed()).toBe(0);
    expect(
      await t.db.query(`SELECT 1 FROM capability_grant WHERE user_id = $1 AND revoked_at IS NULL`, [officer.id]),
    ).toEqual([]);
    expect((await t.db.query(`SELECT status FROM assignment WHERE id = $1`, [before.proposal!.id]))[0].status).toBe(
      'cancelled',
    );
    expect(await t.db.query(`SELECT 1 FROM trainer_booking WHERE assignment_id = $1`, [before.proposal!.id])).toEqual(
      [],
    );
    expect((await t.db.query(`SELECT status, round FROM training_request WHERE id = $1`, [pendingRequest]))[0]).toEqual(
      {
        status: 'pending',
        round: roundBefore + 1,
      },
    );
    expect((await t.db.query(`SELECT trainer_id, status FROM cohort WHERE id = $1`, [acceptedCohort]))[0]).toEqual({
      trainer_id: officer.id,
      status: 'open',
    });
    const notices = await t.db.query(
      `SELECT user_id, params FROM notification WHERE kind = 'local_trainer.lapsed' AND params->>'trainerId' = $1`,
      [officer.id],
    );
    expect(notices.map((n: { user_id: string }) => n.user_id)).toContain(admin.id);
    expect(notices[0].params).toMatchObject({ cohortCount: 1, proposalCount: 1 });
  });
});
