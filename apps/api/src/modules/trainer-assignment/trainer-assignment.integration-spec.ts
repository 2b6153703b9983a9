import { Client } from 'pg';
import { clearRedisPrefix, TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createPublishedCourse } from '../../../test/learning-fixtures';
import { createTrainers, overlappingBookings, waitFor } from '../../../test/assignment-fixtures';
import { WorkerProcess } from '../../../test/worker-process';
import { MatchTrainingRequestUseCase } from './usecases/match-training-request/match-training-request.usecase';

const DAY = 86400_000;

describe('trainer assignment on the queue (real PostgreSQL, Redis and BullMQ workers)', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitId: string;
  let coordinator: TestUser;
  let courseId: string;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    t = await TestApp.start({
      PROPOSAL_TTL_SECONDS: '3600',
      WORKER_LOCK_MS: '2000',
      RECONCILE_INTERVAL_MS: '1000',
      WORKER_CONCURRENCY: '5',
    });
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    ({ courseId } = await createPublishedCourse(t, admin));
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.signal('SIGKILL');
    await t.close();
  });

  async function startWorkers(n: number, env: Record<string, string> = {}) {
    const started = Array.from({ length: n }, () => WorkerProcess.start(t.config, env));
    workers.push(...started);
    await Promise.all(started.map((w) => w.waitForLine(/"worker ready"/)));
    return started;
  }

  async function stopWorkers() {
    for (const w of workers.splice(0)) {
      if (w.child.exitCode === null) {
        w.signal('SIGTERM');
        await w.waitForExit();
      }
    }
  }

  function raise(startDay: number, days = 3, user: TestUser = coordinator, extra: object = {}) {
    const starts = new Date(Date.now() + startDay * DAY);
    return t.inject({
      method: 'POST',
      url: '/api/training-requests',
      cookie: user.cookie,
      payload: {
        courseId,
        language: 'uk',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + days * DAY).toISOString(),
        deliveryMode: 'in_person',
        seats: 12,
        ...extra,
      },
    });
  }

  /** Officers of a unit, signed in. */
  const createOfficersIn = (unit: string) => createOfficers(t, 1, unit);

  const statusOf = async (id: string) =>
    (await t.db.query(`SELECT status FROM training_request WHERE id = $1`, [id]))[0].status as string;

  it('100 overlapping requests, 10 trainers, 2 workers at concurrency 5: no double booking, nothing left pending', async () => {
    await createTrainers(t, 10, { courseId, firms: [await t.createFirm(), await t.createFirm()], loadLimit: 50 });
    await startWorkers(2);
    const ids: string[] = [];
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => raise(30 + (i % 20) * 2, 5)));
    for (const r of responses) {
      expect(r.statusCode).toBe(201);
      ids.push(r.json().id);
    }
    await waitFor('every request to leave pending/matching', async () => {
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM training_request WHERE id = ANY($1) AND status IN ('pending', 'matching')`,
        [ids],
      );
      return n === 0;
    });
    expect(await overlappingBookings(t)).toEqual([]);
    const statuses: { status: string; n: number }[] = await t.db.query(
      `SELECT status, count(*)::int AS n FROM training_request WHERE id = ANY($1) GROUP BY 1`,
      [ids],
    );
    expect(statuses.every((s) => ['proposed', 'assigned', 'unfilled'].includes(s.status))).toBe(true);
    expect(statuses.find((s) => s.status === 'proposed')?.n).toBeGreaterThan(10);
    const [{ live }] = await t.db.query(
      `SELECT count(*)::int AS live FROM training_request r WHERE r.id = ANY($1) AND r.status = 'proposed'
          AND (SELECT count(*) FROM assignment a WHERE a.training_request_id = r.id AND a.status = 'proposed') = 1`,
      [ids],
    );
    expect(live).toBe(statuses.find((s) => s.status === 'proposed')?.n);
    await stopWorkers();
  });

  it('runs the same request’s job twice at once and makes one proposal', async () => {
    await createTrainers(t, 3, { courseId });
    const request = (await raise(400)).json();
    const matcher = t.app.get(MatchTrainingRequestUseCase);
    const outcomes = await Promise.all([
      matcher.execute({ requestId: request.id, round: 1 }),
      matcher.execute({ requestId: request.id, round: 1 }),
    ]);
    expect(outcomes.sort()).toEqual(['proposed', 'skipped']);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM assignment WHERE training_request_id = $1`, [
      request.id,
    ]);
    expect(n).toBe(1);
  });

  it('survives a worker killed with SIGKILL mid-match: after restart the request completes with one live proposal', async () => {
    await createTrainers(t, 2, { courseId });
    // Hold the request's row so the match blocks inside its transaction.
    const blocker = new Client({ connectionString: t.config.databaseUrl });
    await blocker.connect();
    try {
      const [doomed] = await startWorkers(1);
      const starts = new Date(Date.now() + 500 * DAY);
      const [{ id }] = await t.db.query(
        `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats) VALUES ($1, $2, 'uk', tstzrange($3, $4), 'in_person', 10) RETURNING id`,
        [unitId, courseId, starts, new Date(starts.getTime() + 3 * DAY)],
      );
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM training_request WHERE id = $1 FOR UPDATE`, [id]);
      await t.db.query(
        `INSERT INTO outbox_message (job_name, payload, job_id) VALUES ('match-training-request', $1, $2)`,
        [JSON.stringify({ requestId: id, round: 1 }), `match-${id}-r1`],
      );
      await waitFor('the worker to pick the job up', async () => {
        const rows = await t.db.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FROM training_request r JOIN police_unit%'`,
        );
        return rows.length > 0;
      });
      doomed.signal('SIGKILL');
      await doomed.waitForExit();
      await blocker.query('COMMIT');
      await startWorkers(1);
      await waitFor('the request to be proposed', async () => (await statusOf(id)) === 'proposed', 30_000);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM assignment WHERE training_request_id = $1 AND status IN ('proposed', 'accepted')`,
        [id],
      );
      expect(n).toBe(1);
    } finally {
      await blocker.end();
      await stopWorkers();
    }
  });

  it('re-enqueues requests whose jobs were lost (Redis flushed, or a crash between commit and enqueue)', async () => {
    await createTrainers(t, 4, { courseId });
    const raised = [];
    for (let i = 0; i < 3; i++) raised.push((await raise(600 + i * 10)).json().id as string);
    // A crash between commit and enqueue: the request and its outbox row exist, no job does.
    const starts = new Date(Date.now() + 700 * DAY);
    const [{ id: orphan }] = await t.db.query(
      `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats) VALUES ($1, $2, 'uk', tstzrange($3, $4), 'in_person', 10) RETURNING id`,
      [unitId, courseId, starts, new Date(starts.getTime() + 3 * DAY)],
    );
    await new Promise((r) => setTimeout(r, 300));
    await clearRedisPrefix(t.config.redisPrefix); // everything this test file had in Redis is gone
    await startWorkers(1);
    for (const id of [...raised, orphan])
      await waitFor(`request ${id} to be served`, async () => (await statusOf(id)) === 'proposed', 30_000);
    await stopWorkers();
  });

  it('moves to the next candidate on decline and on a lapsed proposal; with none left the request is unfilled and admins are told', async () => {
    const trainers = await createTrainers(t, 2, { courseId, languages: ['es'], countries: ['UA'] });
    const cookies = await Promise.all(trainers.map((tr) => t.sessionCookie(tr.id)));
    await startWorkers(1, { PROPOSAL_TTL_SECONDS: '2' });
    const request = (await raise(800, 3, coordinator, { language: 'en' })).json();
    await t.db.query(
      `UPDATE course SET languages = array_append(languages, 'es') WHERE id = $1 AND NOT ('es' = ANY(languages))`,
      [courseId],
    );
    const es = (await raise(820, 3, coordinator, { language: 'es' })).json();
    await waitFor('the first proposal', async () => (await statusOf(es.id)) === 'proposed');
    const [first] = await t.db.query(
      `SELECT id, trainer_id FROM assignment WHERE training_request_id = $1 AND status = 'proposed'`,
      [es.id],
    );
    const firstCookie = cookies[trainers.findIndex((tr) => tr.id === first.trainer_id)];
    const declined = await t.inject({
      method: 'POST',
      url: `/api/assignments/${first.id}/decline`,
      cookie: firstCookie,
      payload: { reason: 'On leave that week' },
    });
    expect(declined.json().status).toBe('declined');
    await waitFor(
      'the second proposal',
      async () =>
        (
          await t.db.query(
            `SELECT 1 FROM assignment WHERE training_request_id = $1 AND status = 'proposed' AND trainer_id <> $2`,
            [es.id, first.trainer_id],
          )
        ).length === 1,
    );
    // Nobody answers the second proposal: it lapses after 2 s, and no candidate is left.
    await waitFor('the request to be unfilled', async () => (await statusOf(es.id)) === 'unfilled', 30_000);
    const statuses = (
      await t.db.query(`SELECT status FROM assignment WHERE training_request_id = $1 ORDER BY proposed_at`, [es.id])
    ).map((r: { status: string }) => r.status);
    expect(statuses).toEqual(['declined', 'expired']);
    const bell = (await t.inject({ method: 'GET', url: '/api/notifications', cookie: admin.cookie })).json();
    expect(
      bell.items.map(
        (n: { kind: string; params: { trainingRequestId?: string } }) => `${n.kind} ${n.params.trainingRequestId}`,
      ),
    ).toContain(`training_request.unfilled ${es.id}`);
    // The English request found no Spanish-only trainer... but other trainers from earlier tests speak en/uk.
    expect(['proposed', 'unfilled']).toContain(await statusOf(request.id));
    await stopWorkers();
  });

  it('accepting schedules an open cohort for the unit with that trainer; the admin sees the ranking and reasons', async () => {
    const [trainer] = await createTrainers(t, 1, { courseId, languages: ['ru'] });
    await t.db.query(
      `UPDATE course SET languages = array_append(languages, 'ru') WHERE id = $1 AND NOT ('ru' = ANY(languages))`,
      [courseId],
    );
    const request = (await raise(900, 3, coordinator, { language: 'ru' })).json();
    await t.app.get(MatchTrainingRequestUseCase).execute({ requestId: request.id, round: 1 });
    const [proposal] = await t.db.query(
      `SELECT id FROM assignment WHERE training_request_id = $1 AND status = 'proposed'`,
      [request.id],
    );
    const cookie = await t.sessionCookie(trainer.id);
    const accepted = await t.inject({ method: 'POST', url: `/api/assignments/${proposal.id}/accept`, cookie });
    expect(accepted.json().status).toBe('accepted');
    const view = (
      await t.inject({ method: 'GET', url: `/api/training-requests/${request.id}`, cookie: admin.cookie })
    ).json();
    expect(view.status).toBe('assigned');
    expect(view.matchRounds[0].ranking[0]).toMatchObject({ trainerId: trainer.id, reasons: expect.any(Array) });
    expect(Object.keys(view.matchRounds[0].excluded)).toEqual(
      expect.arrayContaining(['language', 'busy', 'already_asked']),
    );
    const cohort = (
      await t.inject({ method: 'GET', url: `/api/cohorts/${view.cohortId}`, cookie: coordinator.cookie })
    ).json();
    expect(cohort).toMatchObject({
      trainerId: trainer.id,
      policeUnitId: unitId,
      status: 'open',
      language: 'ru',
      capacity: 12,
    });
    const listed = (
      await t.inject({
        method: 'GET',
        url: '/api/training-requests?status=assigned&pageSize=100',
        cookie: admin.cookie,
      })
    ).json();
    expect(
      listed.items
        .find((r: { id: string }) => r.id === request.id)
        .assignments.map((a: { trainerId: string; status: string }) => `${a.trainerId}:${a.status}`),
    ).toEqual([`${trainer.id}:accepted`]);
    const coordinatorView = (
      await t.inject({ method: 'GET', url: `/api/training-requests/${request.id}`, cookie: coordinator.cookie })
    ).json();
    expect(coordinatorView.matchRounds).toEqual([]);
    const bell = (await t.inject({ method: 'GET', url: '/api/notifications', cookie: coordinator.cookie })).json();
    expect(bell.items.map((n: { kind: string }) => n.kind)).toContain('training_request.assigned');

    // The cohort is the unit's: another unit's officers neither see nor join it.
    const [kyivOfficer] = await createOfficersIn(unitId);
    const [lagosOfficer] = await createOfficersIn(await t.createUnit('NG'));
    expect(
      (await t.inject({ method: 'GET', url: `/api/cohorts/${view.cohortId}`, cookie: lagosOfficer.cookie })).statusCode,
    ).toBe(404);
    const intruder = await t.inject({
      method: 'POST',
      url: `/api/cohorts/${view.cohortId}/enrolments`,
      cookie: lagosOfficer.cookie,
    });
    expect(intruder.statusCode).toBe(403);
    expect(intruder.json().message).toMatch(/^cohortId: .*another police unit/);
    expect(
      (
        await t.inject({ method: 'POST', url: `/api/cohorts/${view.cohortId}/enrolments`, cookie: kyivOfficer.cookie })
      ).json().status,
    ).toBe('enrolled');

    // Cancelling the request cancels the cohort properly: the officer is withdrawn and told, seats are freed.
    const cancelled = await t.inject({
      method: 'POST',
      url: `/api/training-requests/${request.id}/cancel`,
      cookie: coordinator.cookie,
    });
    expect(cancelled.json().status).toBe('cancelled');
    const [cohortRow] = await t.db.query(`SELECT status, seats_taken FROM cohort WHERE id = $1`, [view.cohortId]);
    expect(cohortRow).toEqual({ status: 'cancelled', seats_taken: 0 });
    const [enrolment] = await t.db.query(`SELECT status FROM enrolment WHERE cohort_id = $1 AND officer_id = $2`, [
      view.cohortId,
      kyivOfficer.id,
    ]);
    expect(enrolment.status).toBe('withdrawn');
    const officerBell = (
      await t.inject({ method: 'GET', url: '/api/notifications', cookie: kyivOfficer.cookie })
    ).json();
    expect(officerBell.items.map((n: { kind: string }) => n.kind)).toContain('cohort.cancelled');
    // The coordinator sees the trainer of the request, but not ranks or other trainers' reasons.
    const coordinatorAfter = (
      await t.inject({ method: 'GET', url: `/api/training-requests/${request.id}`, cookie: coordinator.cookie })
    ).json();
    expect(
      coordinatorAfter.assignments.every(
        (a: { rank: number; declineReason: string | null }) => a.rank === 0 && a.declineReason === null,
      ),
    ).toBe(true);
  });

  it('answers and cancellations racing on the same requests never deadlock or fail with 5xx', async () => {
    const trainers = await createTrainers(t, 12, { courseId, languages: ['uk'] });
    const cookies = new Map(
      await Promise.all(trainers.map(async (tr) => [tr.id, await t.sessionCookie(tr.id)] as const)),
    );
    const matcher = t.app.get(MatchTrainingRequestUseCase);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const id = (await raise(1200 + i * 7)).json().id;
      await matcher.execute({ requestId: id, round: 1 });
      ids.push(id);
    }
    const proposals: { id: string; trainer_id: string; training_request_id: string }[] = await t.db.query(
      `SELECT id, trainer_id, training_request_id FROM assignment WHERE training_request_id = ANY($1) AND status = 'proposed'`,
      [ids],
    );
    const responses = await Promise.all(
      proposals.flatMap((p, i) => [
        t.inject({
          method: 'POST',
          url: `/api/assignments/${p.id}/${i % 2 ? 'accept' : 'decline'}`,
          cookie: cookies.get(p.trainer_id)!,
          payload: i % 2 ? {} : { reason: 'Not that week' },
        }),
        t.inject({
          method: 'POST',
          url: `/api/training-requests/${p.training_request_id}/cancel`,
          cookie: coordinator.cookie,
        }),
      ]),
    );
    expect(responses.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
    const statuses: { status: string }[] = await t.db.query(`SELECT status FROM training_request WHERE id = ANY($1)`, [
      ids,
    ]);
    expect(statuses.every((r) => r.status === 'cancelled')).toBe(true);
  });

  it('keeps firms, units and trainers apart', async () => {
    const firmA = await t.createFirm();
    const firmB = await t.createFirm();
    const [a] = await createTrainers(t, 1, { courseId, firms: [firmA] });
    const [b] = await createTrainers(t, 1, { courseId, firms: [firmB] });
    const trainerA = await t.sessionCookie(a.id);
    const memberB = await t.signIn('member_admin', { memberFirmId: firmB });
    expect((await t.inject({ method: 'GET', url: `/api/trainers/${b.id}`, cookie: trainerA })).statusCode).toBe(404);
    expect(
      (await t.inject({ method: 'GET', url: '/api/trainers', cookie: trainerA }))
        .json()
        .items.map((x: { id: string }) => x.id),
    ).toEqual([a.id]);
    expect((await t.inject({ method: 'GET', url: `/api/trainers/${a.id}`, cookie: memberB.cookie })).statusCode).toBe(
      404,
    );
    expect(
      (
        await t.inject({
          method: 'PATCH',
          url: `/api/trainers/${a.id}/profile`,
          cookie: memberB.cookie,
          payload: { languages: ['en'] },
        })
      ).statusCode,
    ).toBe(404);
    const firmList = (
      await t.inject({ method: 'GET', url: '/api/trainers?pageSize=100', cookie: memberB.cookie })
    ).json();
    expect(firmList.items.every((x: { memberFirmId: string }) => x.memberFirmId === firmB)).toBe(true);

    const request = (await raise(1000)).json();
    await t.app.get(MatchTrainingRequestUseCase).execute({ requestId: request.id, round: 1 });
    const [proposal] = await t.db.query(`SELECT id, trainer_id FROM assignment WHERE training_request_id = $1`, [
      request.id,
    ]);
    const outsider = proposal.trainer_id === a.id ? memberB.cookie : trainerA;
    expect(
      (await t.inject({ method: 'GET', url: `/api/assignments/${proposal.id}`, cookie: outsider })).statusCode,
    ).toBe(404);
    expect(
      (await t.inject({ method: 'POST', url: `/api/assignments/${proposal.id}/accept`, cookie: trainerA })).statusCode,
    ).toBe(proposal.trainer_id === a.id ? 200 : 404);

    const otherUnit = await t.createUnit('NG');
    const foreignCoordinator = await t.signIn('coordinator', { policeUnitId: otherUnit });
    expect(
      (
        await t.inject({
          method: 'GET',
          url: `/api/training-requests/${request.id}`,
          cookie: foreignCoordinator.cookie,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.inject({
          method: 'POST',
          url: `/api/training-requests/${request.id}/cancel`,
          cookie: foreignCoordinator.cookie,
        })
      ).statusCode,
    ).toBe(404);
    const forOther = await raise(1100, 3, foreignCoordinator, { policeUnitId: unitId });
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json().message).toMatch(/^policeUnitId:/);
    expect(
      (
        await t.inject({ method: 'GET', url: '/api/training-requests?pageSize=100', cookie: foreignCoordinator.cookie })
      ).json().total,
    ).toBe(0);
  });

  it('refuses bad requests with 400 naming the field, and writes nothing', async () => {
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM training_request`);
    const past = await raise(-3);
    expect(past.statusCode).toBe(400);
    expect(past.json().message).toMatch(/^startsAt:/);
    const backwards = await raise(10, -2);
    expect(backwards.json().message).toMatch(/^endsAt:/);
    const language = await raise(10, 2, coordinator, { language: 'fr' });
    expect(language.json().message).toMatch(/^language:/);
    const seats = await raise(10, 2, coordinator, { seats: 0 });
    expect(seats.json().message).toMatch(/^seats:/);
    const [{ n: after }] = await t.db.query(`SELECT count(*)::int AS n FROM training_request`);
    expect(after).toBe(before);
  });
});
