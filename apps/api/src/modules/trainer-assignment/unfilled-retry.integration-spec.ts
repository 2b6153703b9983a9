import { Clock } from '../../core/clock/clock';
import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { createTrainers, overlappingBookings, waitFor } from '../../../test/assignment-fixtures';
import { WorkerProcess } from '../../../test/worker-process';

const DAY = 86400_000;
/** The application's time is pinned (and moves on in real time from there): nothing depends on today's date. */
const PINNED = Date.parse('2031-03-03T09:00:00Z');
const STARTED = Date.now();
const appNow = () => new Date(PINNED + (Date.now() - STARTED));

// Each test waits on a worker process; the machine may be shared and slow.
jest.setTimeout(120_000);

describe('unfilled requests are re-tried when a qualified trainer becomes free (real PostgreSQL, Redis and workers)', () => {
  let t: TestApp;
  let admin: TestUser;
  let coordinator: TestUser;
  let unitId: string;
  let worker: WorkerProcess;

  beforeAll(async () => {
    jest.spyOn(Clock.prototype, 'now').mockImplementation(appNow);
    t = await TestApp.start({ PROPOSAL_TTL_SECONDS: '3600', RECONCILE_INTERVAL_MS: '1000', WORKER_CONCURRENCY: '4' });
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
    coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
    worker = WorkerProcess.start(t.config, { CLOCK_NOW: appNow().toISOString() });
    await worker.waitForLine(/"worker ready"/, 150_000); // a loaded machine starts it slowly
  }, 200_000);
  afterAll(async () => {
    if (worker?.child.exitCode === null) {
      worker.signal('SIGTERM');
      await worker.waitForExit();
    }
    await t.close();
    jest.restoreAllMocks();
  });

  /** A course of its own for each test, so the trainers of one test never serve another's requests. */
  async function courseWithTrainers(n: number) {
    const { courseId } = await createPublishedCourse(t, admin);
    const trainers = await createTrainers(t, n, { courseId, languages: ['uk'] });
    return { courseId, trainers };
  }

  async function raise(courseId: string, startDay: number, days = 3, language = 'uk') {
    const starts = new Date(PINNED + startDay * DAY);
    const response = await t.inject({
      method: 'POST',
      url: '/api/training-requests',
      cookie: coordinator.cookie,
      payload: {
        courseId,
        language,
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + days * DAY).toISOString(),
        deliveryMode: 'in_person',
        seats: 10,
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  }

  /** Marks the trainer unavailable from `startDay` for `days` (through the API); answers the period's id. */
  async function unavailable(trainerId: string, startDay: number, days: number) {
    const response = await t.inject({
      method: 'POST',
      url: `/api/trainers/${trainerId}/unavailability`,
      cookie: admin.cookie,
      payload: {
        startsAt: new Date(PINNED + startDay * DAY).toISOString(),
        endsAt: new Date(PINNED + (startDay + days) * DAY).toISOString(),
        reason: 'Court testimony',
      },
    });
    expect(response.statusCode).toBe(201);
    return (response.json().unavailability as { id: string; startsAt: string }[]).find(
      (u) => u.startsAt === new Date(PINNED + startDay * DAY).toISOString(),
    )!.id;
  }

  const removeUnavailability = (trainerId: string, unavailabilityId: string) =>
    t.inject({
      method: 'DELETE',
      url: `/api/trainers/${trainerId}/unavailability/${unavailabilityId}`,
      cookie: admin.cookie,
    });

  const row = async (id: string) =>
    (await t.db.query(`SELECT status, round FROM training_request WHERE id = $1`, [id]))[0] as {
      status: string;
      round: number;
    };
  const statusOf = async (id: string) => (await row(id)).status;
  const view = async (id: string, user: TestUser = coordinator) =>
    (await t.inject({ method: 'GET', url: `/api/training-requests/${id}`, cookie: user.cookie })).json();
  const liveAssignments = async (id: string) =>
    (
      await t.db.query(
        `SELECT trainer_id FROM assignment WHERE training_request_id = $1 AND status IN ('proposed', 'accepted')`,
        [id],
      )
    ).map((r: { trainer_id: string }) => r.trainer_id) as string[];
  const unfilledNotices = async (id: string) =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM notification WHERE kind = 'training_request.unfilled' AND params->>'trainingRequestId' = $1`,
        [id],
      )
    )[0].n as number;
  const matchJobs = async (id: string) =>
    (await t.db.query(`SELECT job_id FROM outbox_message WHERE job_id LIKE $1 ORDER BY id`, [`match-${id}-r%`])).map(
      (r: { job_id: string }) => r.job_id,
    ) as string[];

  it('an unfilled request becomes proposed once its qualified trainer’s unavailability is removed, and says so', async () => {
    const { courseId, trainers } = await courseWithTrainers(1);
    const [trainer] = trainers;
    const blocked = await unavailable(trainer.id, 30, 10);
    const id = await raise(courseId, 32);
    await waitFor('the request to be unfilled', async () => (await statusOf(id)) === 'unfilled');
    const before = await view(id);
    expect(before).toMatchObject({ status: 'unfilled', watched: true, reopenedAt: null, reopenReason: null });

    const removedAt = appNow().getTime();
    expect((await removeUnavailability(trainer.id, blocked)).statusCode).toBe(200);
    await waitFor('the request to be proposed', async () => (await statusOf(id)) === 'proposed', 30_000);
    expect(await liveAssignments(id)).toEqual([trainer.id]);
    const after = await view(id);
    expect(after).toMatchObject({
      status: 'proposed',
      round: 2,
      watched: false,
      reopenReason: 'unavailability_removed',
    });
    expect(Math.abs(Date.parse(after.reopenedAt) - removedAt)).toBeLessThan(5_000);
    expect(await unfilledNotices(id)).toBe(1);
  });

  it('after a competing proposal is declined, the unfilled request it blocked is proposed to that trainer', async () => {
    const { courseId, trainers } = await courseWithTrainers(1);
    const [trainer] = trainers;
    const first = await raise(courseId, 60);
    await waitFor('the first request to be proposed', async () => (await statusOf(first)) === 'proposed');
    const second = await raise(courseId, 61);
    await waitFor('the second request to be unfilled', async () => (await statusOf(second)) === 'unfilled');
    const [proposal] = await t.db.query(
      `SELECT id FROM assignment WHERE training_request_id = $1 AND status = 'proposed'`,
      [first],
    );
    const declined = await t.inject({
      method: 'POST',
      url: `/api/assignments/${proposal.id}/decline`,
      cookie: await t.sessionCookie(trainer.id),
      payload: { reason: 'Other commitments that week' },
    });
    expect(declined.statusCode).toBe(200);
    await waitFor('the second request to be proposed', async () => (await statusOf(second)) === 'proposed', 30_000);
    expect(await liveAssignments(second)).toEqual([trainer.id]);
    expect(await view(second)).toMatchObject({ reopenReason: 'proposal_declined', round: 2 });
    // The declined request goes back to the matcher (a round of its own), finds nobody else, and is unfilled.
    await waitFor('the first request to be unfilled', async () => (await statusOf(first)) === 'unfilled');
    expect(await overlappingBookings(t)).toEqual([]);
  });

  it('after a competing proposal lapses, the unfilled request it blocked is proposed to that trainer', async () => {
    const { courseId, trainers } = await courseWithTrainers(1);
    const [trainer] = trainers;
    const first = await raise(courseId, 90);
    await waitFor('the first request to be proposed', async () => (await statusOf(first)) === 'proposed');
    const second = await raise(courseId, 91);
    await waitFor('the second request to be unfilled', async () => (await statusOf(second)) === 'unfilled');
    // Nobody answers: the proposal is overdue, and the worker lapses it (the reconciler, within a second).
    await t.db.query(`UPDATE assignment SET expires_at = $2 WHERE training_request_id = $1 AND status = 'proposed'`, [
      first,
      new Date(appNow().getTime() - 1000),
    ]);
    await waitFor('the second request to be proposed', async () => (await statusOf(second)) === 'proposed', 30_000);
    expect(await liveAssignments(second)).toEqual([trainer.id]);
    expect(await view(second)).toMatchObject({ reopenReason: 'proposal_expired', round: 2 });
  });

  it('after the trainer withdraws from an accepted assignment, the unfilled request it blocked is proposed to them', async () => {
    const { courseId, trainers } = await courseWithTrainers(1);
    const [trainer] = trainers;
    const trainerCookie = await t.sessionCookie(trainer.id);
    const first = await raise(courseId, 120);
    await waitFor('the first request to be proposed', async () => (await statusOf(first)) === 'proposed');
    const [proposal] = await t.db.query(
      `SELECT id FROM assignment WHERE training_request_id = $1 AND status = 'proposed'`,
      [first],
    );
    const accepted = await t.inject({
      method: 'POST',
      url: `/api/assignments/${proposal.id}/accept`,
      cookie: trainerCookie,
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
    const second = await raise(courseId, 121);
    await waitFor('the second request to be unfilled', async () => (await statusOf(second)) === 'unfilled');
    const withdrawn = await t.inject({
      method: 'POST',
      url: `/api/assignments/${proposal.id}/withdraw`,
      cookie: trainerCookie,
      payload: {},
    });
    expect(withdrawn.statusCode).toBe(200);
    await waitFor('the second request to be proposed', async () => (await statusOf(second)) === 'proposed', 30_000);
    expect(await liveAssignments(second)).toEqual([trainer.id]);
    expect(await view(second)).toMatchObject({ reopenReason: 'booking_cancelled', round: 2 });
    expect(await overlappingBookings(t)).toEqual([]);
  });

  it('does not re-try a request whose wished window has begun, and says it is no longer watched', async () => {
    const { courseId, trainers } = await courseWithTrainers(1);
    const [trainer] = trainers;
    const blocked = await unavailable(trainer.id, -5, 40);
    // Unfilled requests as the matcher leaves them: one started yesterday (and runs on), one starts next week.
    const insert = async (startDay: number) =>
      (
        await t.db.query(
          `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats, status, requested_by_id)
           VALUES ($1, $2, 'uk', tstzrange($3, $4), 'in_person', 10, 'unfilled', $5) RETURNING id`,
          [
            unitId,
            courseId,
            new Date(PINNED + startDay * DAY),
            new Date(PINNED + (startDay + 5) * DAY),
            coordinator.id,
          ],
        )
      )[0].id as string;
    const begun = await insert(-1);
    const ahead = await insert(7);
    expect((await view(begun)).watched).toBe(false);
    expect((await view(ahead)).watched).toBe(true);

    expect((await removeUnavailability(trainer.id, blocked)).statusCode).toBe(200);
    await waitFor('the request ahead to be proposed', async () => (await statusOf(ahead)) === 'proposed', 30_000);
    expect(await row(begun)).toEqual({ status: 'unfilled', round: 1 });
    expect(await matchJobs(begun)).toEqual([]);
    expect(await view(begun)).toMatchObject({ status: 'unfilled', watched: false, reopenedAt: null });
  });

  it('concurrent triggers re-open a request once: one new round, one job, one proposal', async () => {
    const { courseId, trainers } = await courseWithTrainers(4);
    const blocks = await Promise.all(trainers.map((tr) => unavailable(tr.id, 120, 10)));
    const id = await raise(courseId, 122);
    await waitFor('the request to be unfilled', async () => (await statusOf(id)) === 'unfilled');

    const responses = await Promise.all(trainers.map((tr, i) => removeUnavailability(tr.id, blocks[i])));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    await waitFor('the request to be proposed', async () => (await statusOf(id)) === 'proposed', 30_000);
    expect((await row(id)).round).toBe(2);
    expect(await matchJobs(id)).toEqual([`match-${id}-r1`, `match-${id}-r2`]);
    expect(await liveAssignments(id)).toHaveLength(1);

    // A later trigger (a widened profile) leaves a request that is no longer unfilled alone.
    const widened = await t.inject({
      method: 'PATCH',
      url: `/api/trainers/${trainers[0].id}/profile`,
      cookie: admin.cookie,
      payload: { languages: ['uk', 'en'] },
    });
    expect(widened.statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(await row(id)).toEqual({ status: 'proposed', round: 2 });
    expect(await matchJobs(id)).toHaveLength(2);
  });

  it('a trainer who now teaches in the request’s language (a widened profile) is proposed for it', async () => {
    const { courseId, trainers } = await courseWithTrainers(1);
    const [trainer] = trainers;
    const id = await raise(courseId, 180, 3, 'en');
    await waitFor('the request to be unfilled', async () => (await statusOf(id)) === 'unfilled');
    // Narrowing or unrelated edits are not a reason to re-try.
    const renamed = await t.inject({
      method: 'PATCH',
      url: `/api/trainers/${trainer.id}/profile`,
      cookie: admin.cookie,
      payload: { skills: ['malware-analysis'] },
    });
    expect(renamed.statusCode).toBe(200);
    expect(await row(id)).toEqual({ status: 'unfilled', round: 1 });
    const widened = await t.inject({
      method: 'PATCH',
      url: `/api/trainers/${trainer.id}/profile`,
      cookie: await t.sessionCookie(trainer.id),
      payload: { languages: ['uk', 'en'] },
    });
    expect(widened.statusCode).toBe(200);
    await waitFor('the request to be proposed', async () => (await statusOf(id)) === 'proposed', 30_000);
    expect(await liveAssignments(id)).toEqual([trainer.id]);
    expect(await view(id)).toMatchObject({ reopenReason: 'profile_widened', round: 2 });
  });

  it('two requests re-tried for one freed trainer: one is proposed, the other is unfilled again without telling admins twice', async () => {
    const { courseId, trainers } = await courseWithTrainers(1);
    const [trainer] = trainers;
    const blocked = await unavailable(trainer.id, 150, 10);
    const a = await raise(courseId, 151);
    const b = await raise(courseId, 152);
    await waitFor(
      'both to be unfilled',
      async () => (await statusOf(a)) === 'unfilled' && (await statusOf(b)) === 'unfilled',
    );
    expect([await unfilledNotices(a), await unfilledNotices(b)]).toEqual([1, 1]);

    expect((await removeUnavailability(trainer.id, blocked)).statusCode).toBe(200);
    await waitFor(
      'both re-tries to finish',
      async () => {
        const [ra, rb] = [await row(a), await row(b)];
        return ra.round === 2 && rb.round === 2 && [ra.status, rb.status].sort().join() === 'proposed,unfilled';
      },
      30_000,
    );
    const loser = (await statusOf(a)) === 'unfilled' ? a : b;
    expect(await view(loser)).toMatchObject({
      status: 'unfilled',
      watched: true,
      reopenReason: 'unavailability_removed',
    });
    expect([await unfilledNotices(a), await unfilledNotices(b)]).toEqual([1, 1]);
    expect(await overlappingBookings(t)).toEqual([]);
  });
});
