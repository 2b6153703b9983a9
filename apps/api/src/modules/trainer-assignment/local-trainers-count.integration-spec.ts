import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { createLocalTrainers, createTrainers } from '../../../test/assignment-fixtures';
import { refreshUptake } from '../reporting/uptake-rollup';

jest.setTimeout(120_000);

const DAY = 86_400_000;
const month = (d: Date) => d.toISOString().slice(0, 7);

/**
 * Local trainers count wherever trainers count: the uptake dashboard's "trainers who delivered" (a local trainer
 * teaching alone, and a co-delivered cohort's co-trainer beside its expert) and the planning module's supply (an
 * approved plan's line for a course only local trainers of the country teach is demand trainers can meet).
 */
describe('local trainers count as trainers (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestUser;
  let unitId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    unitId = await t.createUnit('UA');
  });
  afterAll(() => t.close());

  it('uptake: trainers who delivered counts local trainers and co-trainers, as a direct count of the raw rows does', async () => {
    const { courseId } = await createPublishedCourse(t, admin);
    const [expert] = await createTrainers(t, 1, { courseId });
    const locals = await createLocalTrainers(t, 2, { courseId, policeUnitId: unitId });
    // Completed cohorts of the unit, 40 days ago: co-delivered (expert + local), local alone, expert alone.
    const starts = new Date(Date.now() - 40 * DAY);
    for (const [trainer, coTrainer] of [
      [expert.id, locals[0].id],
      [locals[1].id, null],
      [expert.id, null],
    ])
      await t.db.query(
        `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, country_code, city, capacity, trainer_id, co_trainer_id, police_unit_id, status)
         VALUES ($1, $2, $3, 'in_person', 'uk', 'UA', 'Київ', 10, $4, $5, $6, 'completed')`,
        [courseId, starts, new Date(starts.getTime() + 3 * DAY), trainer, coTrainer, unitId],
      );
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      await refreshUptake(runner);
    } finally {
      await runner.release();
    }
    const from = month(new Date(starts.getTime() - 31 * DAY));
    const to = month(new Date(starts.getTime() + 31 * DAY));
    const report = await t.inject({
      method: 'GET',
      url: `/api/reporting/uptake?level=unit&country=UA&from=${from}&to=${to}`,
      cookie: admin.cookie,
    });
    expect(report.statusCode).toBe(200);
    const row = report.json().rows.find((r: { key: string }) => r.key === unitId);
    // Independently of the rollup: distinct people named as trainer or co-trainer of the unit's completed cohorts.
    const [{ n }] = await t.db.query(
      `SELECT count(DISTINCT x)::int AS n FROM cohort co CROSS JOIN LATERAL unnest(ARRAY[co.trainer_id, co.co_trainer_id]) x
        WHERE co.police_unit_id = $1 AND co.status = 'completed' AND x IS NOT NULL`,
      [unitId],
    );
    expect(n).toBe(3);
    expect(row).toMatchObject({ cohortsDelivered: 3, trainersDelivered: 3 });
  });

  it('planning: across firms, a plan line for a course only local trainers teach has supply, until they lapse', async () => {
    const { courseId } = await createPublishedCourse(t, admin);
    const [local] = await createLocalTrainers(t, 1, { courseId, policeUnitId: unitId });
    const [{ id: workplanId }] = await t.db.query(
      `INSERT INTO workplan (country_code, period_start, period_end, status) VALUES ('UA', '2031-Q1', '2031-Q2', 'approved') RETURNING id`,
    );
    await t.db.query(
      `INSERT INTO plan_line (workplan_id, police_unit_id, course_id, officers, delivery_mode, language, quarter)
       VALUES ($1, $2, $3, 12, 'in_person', 'uk', '2031-Q1')`,
      [workplanId, unitId, courseId],
    );
    const demand = async (user: TestUser) => {
      const res = await t.inject({ method: 'GET', url: '/api/workplans/demand', cookie: user.cookie });
      expect(res.statusCode).toBe(200);
      return res.json().rows.filter((r: { courseId: string }) => r.courseId === courseId);
    };
    expect(await demand(admin)).toEqual([
      expect.objectContaining({ countryCode: 'UA', quarter: '2031-Q1', officers: 12, requests: 0 }),
    ]);
    // A member firm's demand is its experts' alone.
    const memberAdmin = await t.signIn('member_admin', { memberFirmId: await t.createFirm() });
    expect(await demand(memberAdmin)).toEqual([]);
    // A lapsed certification takes the local trainer out of the supply at once.
    await t.db.query(`UPDATE certification SET status = 'revoked', revoked_at = now() WHERE id = $1`, [
      local.certificationId,
    ]);
    expect(await demand(admin)).toEqual([]);
  });
});
