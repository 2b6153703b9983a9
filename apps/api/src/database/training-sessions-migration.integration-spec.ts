import { DataSource } from 'typeorm';
import { TestApp, TestUser } from '../../test/test-app';
import { createOfficers, createPublishedCourse } from '../../test/learning-fixtures';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';
import { TrainingSessions1764300000000 } from './migrations/1764300000000-training-sessions';

/**
 * Migration TrainingSessions1764300000000 on cohorts made before sessions existed: each gets one session
 * over its dates, and each enrolment's `attended` flag becomes attendance of that session.
 */
describe('migration TrainingSessions1764300000000 on existing cohorts', () => {
  let t: TestApp;
  let admin: TestUser;
  let ds: DataSource;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    ds = new DataSource(dataSourceOptions(t.config.databaseUrl, { logging: false }));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  it('gives every cohort one session spanning its dates and turns attended into attendance of it', async () => {
    const { courseId } = await createPublishedCourse(t, admin);
    const officers = await createOfficers(t, 3, await t.createUnit('UA'));
    const later = MIGRATIONS.length - MIGRATIONS.indexOf(TrainingSessions1764300000000);
    for (let i = 0; i < later; i++) await ds.undoLastMigration();
    // No sessions table now; the flag is back on enrolments.
    const [{ exists }] = await ds.query(`SELECT to_regclass('training_session') IS NOT NULL AS exists`);
    expect(exists).toBe(false);
    const cohort = async (status: string, city: string | null) =>
      (
        await ds.query(
          `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, country_code, city, capacity, status)
           VALUES ($1, '2031-05-05T07:00Z', '2031-05-09T15:00Z', $2, 'uk', $3, $4, 20, $5) RETURNING id`,
          [courseId, city ? 'in_person' : 'online', city ? 'UA' : null, city, status],
        )
      )[0].id as string;
    const run = await cohort('completed', 'Kyiv');
    const online = await cohort('open', null);
    const dropped = await cohort('cancelled', 'Kyiv');
    const enrol = async (cohortId: string, officerId: string, status: string, attended: boolean | null) =>
      (
        await ds.query(
          `INSERT INTO enrolment (cohort_id, course_id, officer_id, status, attended) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [cohortId, courseId, officerId, status, attended],
        )
      )[0].id as string;
    const present = await enrol(run, officers[0].id, 'completed', true);
    const absent = await enrol(run, officers[1].id, 'failed', false);
    const unmarked = await enrol(run, officers[2].id, 'enrolled', null);

    const ran = await ds.runMigrations();
    expect(ran.map((m) => m.name)).toEqual(MIGRATIONS.slice(-later).map((m) => m.name));

    const sessions = await ds.query(
      `SELECT cohort_id, starts_at, ends_at, time_zone, venue_name, position, status, sequence FROM training_session
        WHERE cohort_id = ANY($1) ORDER BY array_position($1, cohort_id)`,
      [[run, online, dropped]],
    );
    const span = { starts_at: new Date('2031-05-05T07:00Z'), ends_at: new Date('2031-05-09T15:00Z') };
    expect(sessions).toEqual([
      { cohort_id: run, ...span, time_zone: 'UTC', venue_name: 'Kyiv', position: 1, status: 'scheduled', sequence: 0 },
      { cohort_id: online, ...span, time_zone: 'UTC', venue_name: null, position: 1, status: 'scheduled', sequence: 0 },
      {
        cohort_id: dropped,
        ...span,
        time_zone: 'UTC',
        venue_name: 'Kyiv',
        position: 1,
        status: 'cancelled',
        sequence: 0,
      },
    ]);
    const attendance = await ds.query(
      `SELECT a.enrolment_id, a.status FROM attendance a JOIN training_session ts ON ts.id = a.training_session_id
        WHERE ts.cohort_id = $1 ORDER BY a.status`,
      [run],
    );
    expect(attendance).toEqual([
      { enrolment_id: present, status: 'present' },
      { enrolment_id: absent, status: 'absent' },
    ]);
    expect(attendance.map((a: { enrolment_id: string }) => a.enrolment_id)).not.toContain(unmarked);
    // The API reads the same: attended and the percentage over the one session.
    const views = await Promise.all(
      [present, absent, unmarked].map(async (id) =>
        (await t.inject({ method: 'GET', url: `/api/enrolments?pageSize=100`, cookie: admin.cookie }))
          .json()
          .items.find((e: { id: string }) => e.id === id),
      ),
    );
    expect(views.map((v) => [v.attended, v.attendancePercent])).toEqual([
      [true, 100],
      [false, 0],
      [null, null],
    ]);
  });
});
