import { Worker } from 'bullmq';
import {
  insertCertification,
  insertCohort,
  insertCourse,
  insertProgramme,
  insertUser,
} from '../../../test/record-fixtures';
import { TestApp, TestUser } from '../../../test/test-app';
import { Clock } from '../../core/clock/clock';
import { QueueName } from '../../core/queue/queue-registry';
import { bullConnection, QueueService } from '../../core/queue/queue.service';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2031-06-02T08:00:00Z');

describe('admin home: what needs attention today', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    t.app.get(Clock).now = () => NOW;
    admin = await t.signIn('admin');
    const unitId = await t.createUnit('UA');
    const courseId = await insertCourse(t, 'Ransomware response');
    const trainerId = await insertUser(t, 'Trainer', 'trainer', { memberFirmId: await t.createFirm() });
    const request = async (status: string, fromDays: number) => {
      const [row] = await t.db.query(
        `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats, status)
         VALUES ($1, $2, 'en', tstzrange($3, $4), 'online', 10, $5::text::training_request_status) RETURNING id`,
        [
          unitId,
          courseId,
          new Date(NOW.getTime() + fromDays * DAY),
          new Date(NOW.getTime() + (fromDays + 5) * DAY),
          status,
        ],
      );
      return row.id as string;
    };
    await request('unfilled', 30);
    await request('unfilled', 40);
    await request('pending', 50);
    const proposal = async (expiresInHours: number, fromDays: number) =>
      t.db.query(
        `INSERT INTO assignment (training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at)
         VALUES ($1, $2, tstzrange($3, $4), 'proposed', 1, 1, $5, $6)`,
        [
          await request('proposed', fromDays),
          trainerId,
          new Date(NOW.getTime() + fromDays * DAY),
          new Date(NOW.getTime() + (fromDays + 5) * DAY),
          new Date(NOW.getTime() - HOUR),
          new Date(NOW.getTime() + expiresInHours * HOUR),
        ],
      );
    await proposal(10, 60); // lapses today
    await proposal(30, 70); // not within 24 hours
    await insertCohort(t, courseId, new Date(NOW.getTime() + 3 * DAY), { capacity: 20, seatsTaken: 12 }); // no trainer, full enough
    await insertCohort(t, courseId, new Date(NOW.getTime() + 5 * DAY), { capacity: 20, seatsTaken: 9, trainerId }); // under half
    await insertCohort(t, courseId, new Date(NOW.getTime() + 13 * DAY), { capacity: 20, seatsTaken: 0 }); // both
    await insertCohort(t, courseId, new Date(NOW.getTime() + 15 * DAY), { capacity: 20, seatsTaken: 0 }); // too far
    await insertCohort(t, courseId, new Date(NOW.getTime() + 2 * DAY), { capacity: 20, status: 'cancelled' }); // cancelled
    await insertCohort(t, courseId, new Date(NOW.getTime() - DAY), { capacity: 20, status: 'running' }); // started
    const programmeId = await insertProgramme(t, 'Alliance Cybercrime Investigator', [courseId]);
    const holder = () => insertUser(t, 'Holder', 'officer', { policeUnitId: unitId });
    const issued = new Date(NOW.getTime() - 700 * DAY);
    await insertCertification(t, await holder(), programmeId, issued, new Date(NOW.getTime() + 20 * DAY));
    await insertCertification(t, await holder(), programmeId, issued, new Date(NOW.getTime() + 40 * DAY));
    await insertCertification(t, await holder(), programmeId, issued, new Date(NOW.getTime() + 10 * DAY), 'revoked');
    // One failed job, run by a throwaway worker.
    const worker = new Worker(
      QueueName.Reporting,
      async () => {
        throw new Error('boom');
      },
      { connection: bullConnection(t.config), prefix: t.config.redisPrefix },
    );
    const failed = new Promise((resolve) => worker.on('failed', resolve));
    await t.app
      .get(QueueService)
      .queue(QueueName.Reporting)
      .add('refresh-uptake', {}, { jobId: 'home-1', attempts: 1 });
    await failed;
    await worker.close();
  });
  afterAll(() => t.close());

  it('counts each item from the application’s clock, with the cohorts listed', async () => {
    const res = await t.inject({ method: 'GET', url: '/api/admin-home', cookie: admin.cookie });
    expect(res.statusCode).toBe(200);
    const home = res.json();
    expect(home).toMatchObject({
      asOf: NOW.toISOString(),
      unfilledRequests: 2,
      proposalsLapsing: 1,
      proposalsBefore: new Date(NOW.getTime() + DAY).toISOString(),
      cohortsWithoutTrainer: 2,
      cohortsUnderHalfFull: 2,
      cohortsBefore: new Date(NOW.getTime() + 14 * DAY).toISOString(),
      certificationsExpiring: 1,
      certificationsWithinDays: 30,
      failedJobs: 1,
    });
    expect(home.cohorts.map((c: { startsAt: string; hasTrainer: boolean }) => [c.startsAt, c.hasTrainer])).toEqual([
      [new Date(NOW.getTime() + 3 * DAY).toISOString(), false],
      [new Date(NOW.getTime() + 5 * DAY).toISOString(), true],
      [new Date(NOW.getTime() + 13 * DAY).toISOString(), false],
    ]);
  });

  it('moves with the clock: twelve days on, other items need attention', async () => {
    t.app.get(Clock).now = () => new Date(NOW.getTime() + 12 * DAY);
    try {
      const cookie = await t.sessionCookie(admin.id);
      const home = (await t.inject({ method: 'GET', url: '/api/admin-home', cookie })).json();
      // The 3- and 5-day cohorts have started; the 13- and 15-day ones are now inside 14 days; the certification
      // expiring 40 days from the start is now 28 days away.
      expect(home.cohortsWithoutTrainer).toBe(2);
      expect(home.cohorts.map((c: { courseTitle: string }) => c.courseTitle)).toHaveLength(2);
      expect(home.proposalsLapsing).toBe(0);
      expect(home.certificationsExpiring).toBe(2);
    } finally {
      t.app.get(Clock).now = () => NOW;
    }
  });

  it('is for admins only', async () => {
    for (const role of ['officer', 'coordinator', 'trainer', 'member_admin'] as const) {
      const user = await t.signIn(role);
      expect((await t.inject({ method: 'GET', url: '/api/admin-home', cookie: user.cookie })).statusCode).toBe(403);
    }
  });
});
