import { randomBytes } from 'node:crypto';
import { withheldAreas } from '@icspa/domain';
import { TestApp, TestUser } from '../../../test/test-app';
import { createOfficers, createOpenCohort, createPublishedCourse } from '../../../test/learning-fixtures';
import { Clock } from '../../core/clock/clock';
import { publish } from '../../database/seeds/translations.seed';
import { refreshUptake } from '../reporting/uptake-rollup';

/** Two years on: every quarter of the plan lies in the future, whatever today is. */
const YEAR = new Date().getUTCFullYear() + 2;
const Q = (n: number) => `${YEAR}-Q${n}`;

describe('workplans: proposal, editing, approval into requests and cohorts, progress (issue 18)', () => {
  let t: TestApp;
  let admin: TestUser;
  let instructorLed: string; // intermediate course: lines become training requests
  let selfPaced: string; // foundation course: online lines become open cohorts
  let units: { big: string; small: string; unassessed: string; other: string };
  let roleId: string;
  let competencies: { c1: string; c2: string };

  const call = async (user: TestUser, method: string, url: string, payload?: object) =>
    t.inject({ method, url, cookie: user.cookie, payload });
  const ok = async (user: TestUser, method: string, url: string, payload?: object) => {
    const response = await call(user, method, url, payload);
    if (response.statusCode >= 300) throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const draft = (country = 'UA') =>
    ok(admin, 'POST', '/api/workplans', { countryCode: country, periodStart: Q(1), periodEnd: Q(4) });
  /** A line as the proposal made it, without the ids that differ between drafts. */
  const shape = (l: Record<string, unknown>) => {
    const { id: _id, workplanId: _w, trainingRequestId: _r, cohortId: _c, ...rest } = l;
    return rest;
  };

  async function assess(unitId: string, status: string, role: { now: number; needed: number }, levels: number[]) {
    const [{ id }] = await t.db.query(
      `INSERT INTO needs_assessment (police_unit_id, status, assessed_on) VALUES ($1, $2, '2026-01-15') RETURNING id`,
      [unitId, status],
    );
    await t.db.query(
      `INSERT INTO needs_assessment_role (needs_assessment_id, competency_role_id, officers_now, officers_needed) VALUES ($1, $2, $3, $4)`,
      [id, roleId, role.now, role.needed],
    );
    const ids = [competencies.c1, competencies.c2];
    for (let i = 0; i < ids.length; i++)
      await t.db.query(
        `INSERT INTO needs_assessment_level (needs_assessment_id, competency_id, competency_revision, inferred_level, current_level)
         VALUES ($1, $2, 1, $3, $3)`,
        [id, ids[i], levels[i]],
      );
  }

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    ({ courseId: instructorLed } = await createPublishedCourse(t, admin));
    ({ courseId: selfPaced } = await createPublishedCourse(t, admin));
    await t.db.query(`UPDATE course SET level = 'intermediate' WHERE id = $1`, [instructorLed]);
    units = {
      big: await t.createUnit('UA', 'Big unit'),
      small: await t.createUnit('UA', 'Small unit'),
      unassessed: await t.createUnit('UA', 'Unassessed unit'),
      other: await t.createUnit('PL', 'Other country'),
    };
    const tag = randomBytes(3).toString('hex');
    [{ id: roleId }] = await t.db.query(
      `INSERT INTO competency_role (key, position, sector, name, description) VALUES ($1, 99, 'law_enforcement', 'Online investigator', '-') RETURNING id`,
      [`role-${tag}`],
    );
    const competency = async (key: string) =>
      (
        await t.db.query(
          `INSERT INTO competency (key, category, name, description) VALUES ($1, 'investigation', $1, '-') RETURNING id`,
          [`${key}-${tag}`],
        )
      )[0].id as string;
    competencies = { c1: await competency('osint'), c2: await competency('evidence') };
    await t.db.query(
      `INSERT INTO competency_role_competency (competency_role_id, competency_id, required_level) VALUES ($1, $2, 2), ($1, $3, 2)`,
      [roleId, competencies.c1, competencies.c2],
    );
    // Two courses give c1 at a sufficient level: the proposal takes the lower level (the intermediate course).
    const [{ id: spare }] = await t.db.query(
      `INSERT INTO course (code, title, summary, level, topics, languages, hours, status) SELECT 'ZZ-999', 'Spare', 's', 'advanced', topics, languages, 4, 'published' FROM course WHERE id = $1 RETURNING id`,
      [instructorLed],
    );
    await t.db.query(
      `INSERT INTO course_competency (course_id, competency_id, level) VALUES ($1, $3, 2), ($2, $4, 2), ($5, $3, 4)`,
      [instructorLed, selfPaced, competencies.c1, competencies.c2, spare],
    );
    // Big unit: c1 below the required level (all 12 needed officers), c2 reached (12 needed − 3 now = 9).
    await assess(units.big, 'approved', { now: 3, needed: 12 }, [1, 2]);
    // Small unit: both below (5 officers each).
    await assess(units.small, 'approved', { now: 5, needed: 5 }, [0, 0]);
    // Not approved: no line.
    await assess(units.unassessed, 'submitted', { now: 0, needed: 30 }, [0, 0]);
  });
  afterAll(() => t.close());

  it('proposes the same explained lines for the same inputs, and a new weight changes every score', async () => {
    const first = await draft();
    const second = await draft();
    expect(first.status).toBe('draft');
    expect(second.lines.map(shape)).toEqual(first.lines.map(shape));
    // Computed by hand from the assessments above, UA a hotspot or not: its default weight.
    const [{ hotspot }] = await t.db.query(`SELECT hotspot FROM country WHERE code = 'UA'`);
    const weight = hotspot ? 4 : 2;
    const expected = [
      { unit: units.big, course: instructorLed, gap: 12, mode: 'in_person' },
      { unit: units.big, course: selfPaced, gap: 9, mode: 'online' },
      { unit: units.small, course: instructorLed, gap: 5, mode: 'online' },
      { unit: units.small, course: selfPaced, gap: 5, mode: 'online' },
    ];
    expect(first.lines).toHaveLength(expected.length);
    for (const e of expected) {
      const line = first.lines.find(
        (l: { policeUnitId: string; courseId: string }) => l.policeUnitId === e.unit && l.courseId === e.course,
      );
      expect(line).toMatchObject({
        officers: e.gap,
        deliveryMode: e.mode,
        language: 'uk',
        selfPaced: e.course === selfPaced,
        reason: { gap: e.gap, priority: weight, score: e.gap * weight },
      });
    }
    expect(first.lines.every((l: { policeUnitId: string }) => l.policeUnitId !== units.unassessed)).toBe(true);
    // The highest score in the first quarter.
    expect(first.lines[0]).toMatchObject({ policeUnitId: units.big, courseId: instructorLed, quarter: Q(1) });

    expect((await ok(admin, 'PUT', '/api/country-priorities/UA', { weight: 5 })).weight).toBe(5);
    const reweighted = await draft();
    expect(reweighted.lines.map((l: { reason: { score: number; gap: number } }) => l.reason.score)).toEqual(
      reweighted.lines.map((l: { reason: { gap: number } }) => l.reason.gap * 5),
    );
    const listed = await ok(admin, 'GET', '/api/country-priorities');
    expect(listed.items.find((p: { countryCode: string }) => p.countryCode === 'UA')).toMatchObject({
      weight: 5,
      set: true,
    });
    expect((await call(admin, 'PUT', '/api/country-priorities/UA', { weight: 6 })).statusCode).toBe(400);
  });

  it('an admin edits a draft: lines checked against the period, the country and the course; duplicates refused', async () => {
    const plan = await draft();
    const line = plan.lines[0];
    const edited = await ok(admin, 'PATCH', `/api/workplans/${plan.id}/lines/${line.id}`, {
      officers: 20,
      quarter: Q(3),
    });
    expect(edited.lines.find((l: { id: string }) => l.id === line.id)).toMatchObject({ officers: 20, quarter: Q(3) });
    const added = {
      policeUnitId: units.unassessed,
      courseId: instructorLed,
      quarter: Q(2),
      officers: 4,
      deliveryMode: 'blended',
      language: 'en',
    };
    const withAdded = await ok(admin, 'POST', `/api/workplans/${plan.id}/lines`, added);
    expect(withAdded.lines).toHaveLength(plan.lines.length + 1);
    expect(
      withAdded.lines.find((l: { policeUnitId: string }) => l.policeUnitId === units.unassessed).reason,
    ).toBeNull();
    const again = await call(admin, 'POST', `/api/workplans/${plan.id}/lines`, added);
    expect([again.statusCode, again.json().code]).toEqual([409, 'plan_line.duplicate']);
    const outside = await call(admin, 'POST', `/api/workplans/${plan.id}/lines`, {
      ...added,
      quarter: `${YEAR + 1}-Q1`,
    });
    expect([outside.statusCode, outside.json().code]).toEqual([400, 'plan_line.quarter_outside']);
    const abroad = await call(admin, 'POST', `/api/workplans/${plan.id}/lines`, {
      ...added,
      policeUnitId: units.other,
    });
    expect([abroad.statusCode, abroad.json().code]).toEqual([400, 'police_unit.not_found']);
    const language = await call(admin, 'POST', `/api/workplans/${plan.id}/lines`, { ...added, language: 'zh-CN' });
    expect([language.statusCode, language.json().code]).toEqual([400, 'course.language_not_taught']);
    const gone = await ok(admin, 'DELETE', `/api/workplans/${plan.id}/lines/${line.id}`);
    expect(gone.lines.some((l: { id: string }) => l.id === line.id)).toBe(false);
    const period = await call(admin, 'POST', '/api/workplans', {
      countryCode: 'UA',
      periodStart: Q(4),
      periodEnd: Q(1),
    });
    expect([period.statusCode, period.json().code]).toEqual([400, 'workplan.period_invalid']);
  });

  it('approved three times at once: exactly one request per instructor-led line and one open cohort per self-paced line', async () => {
    const plan = await draft();
    const before = Number((await t.db.query(`SELECT count(*) FROM training_request`))[0].count);
    const answers = await Promise.all(
      [1, 2, 3].map(() => call(admin, 'POST', `/api/workplans/${plan.id}/approve`, {})),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    const ledLines = plan.lines.filter((l: { selfPaced: boolean }) => !l.selfPaced);
    const pacedLines = plan.lines.filter((l: { selfPaced: boolean }) => l.selfPaced);
    expect(answers.map((a) => a.json().raised).sort()).toEqual([0, 0, ledLines.length]);
    const after = Number((await t.db.query(`SELECT count(*) FROM training_request`))[0].count);
    expect(after - before).toBe(ledLines.length);

    const rows = await t.db.query(
      `SELECT l.id, l.quarter, l.police_unit_id, l.officers, r.police_unit_id AS r_unit, r.seats, lower(r.period) AS starts, upper(r.period) AS ends,
              c.trainer_id, c.status AS c_status, c.delivery_mode AS c_mode, c.capacity
       FROM plan_line l LEFT JOIN training_request r ON r.id = l.training_request_id LEFT JOIN cohort c ON c.id = l.cohort_id
       WHERE l.workplan_id = $1`,
      [plan.id],
    );
    for (const row of rows) {
      const quarter = Number(row.quarter.slice(6));
      const start = new Date(Date.UTC(YEAR, (quarter - 1) * 3, 1));
      const end = new Date(Date.UTC(YEAR, quarter * 3, 1));
      if (pacedLines.some((l: { id: string }) => l.id === row.id)) {
        expect(row).toMatchObject({ trainer_id: null, c_status: 'open', c_mode: 'online', capacity: row.officers });
      } else {
        expect(row).toMatchObject({ r_unit: row.police_unit_id, seats: row.officers });
        expect([new Date(row.starts), new Date(row.ends)]).toEqual([start, end]);
      }
    }
    // Each request's match job went through the outbox with the request.
    const [{ count: outboxed }] = await t.db.query(
      `SELECT count(*)::int FROM outbox_message m JOIN plan_line l ON l.training_request_id::text = m.payload->>'requestId' WHERE l.workplan_id = $1`,
      [plan.id],
    );
    expect(outboxed).toBe(ledLines.length);
    const shown = await ok(admin, 'GET', `/api/workplans/${plan.id}`);
    expect(shown.status).toBe('approved');
    expect(
      shown.lines.every(
        (l: { trainingRequestId: string | null; cohortId: string | null }) => !!l.trainingRequestId !== !!l.cohortId,
      ),
    ).toBe(true);
    expect(await ok(admin, 'POST', `/api/workplans/${plan.id}/approve`, {})).toEqual({ raised: 0, opened: 0 });
    const edit = await call(admin, 'PATCH', `/api/workplans/${plan.id}/lines/${plan.lines[0].id}`, { officers: 2 });
    expect([edit.statusCode, edit.json().code]).toEqual([409, 'workplan.approved']);
    const queue = await ok(admin, 'GET', '/api/training-requests?pageSize=100');
    for (const line of shown.lines.filter((l: { trainingRequestId: string | null }) => l.trainingRequestId))
      expect(queue.items.some((r: { id: string }) => r.id === line.trainingRequestId)).toBe(true);
  });

  it('progress per line equals counts taken straight from the raw rows', async () => {
    const plan = await draft();
    await ok(admin, 'POST', `/api/workplans/${plan.id}/approve`, {});
    const lines = (await ok(admin, 'GET', `/api/workplans/${plan.id}`)).lines;
    const paced = lines.find(
      (l: { selfPaced: boolean; policeUnitId: string }) => l.selfPaced && l.policeUnitId === units.big,
    );
    const led = lines.find(
      (l: { selfPaced: boolean; policeUnitId: string }) => !l.selfPaced && l.policeUnitId === units.big,
    );
    // The self-paced cohort runs: 4 officers complete it, 1 withdraws; 2 of the completers are certified
    // by a programme counting the course, 1 more holds a revoked one.
    await t.db.query(`UPDATE cohort SET status = 'running' WHERE id = $1`, [paced.cohortId]);
    const officers = await createOfficers(t, 5, units.big);
    const statuses = ['completed', 'completed', 'completed', 'completed', 'withdrawn'];
    for (let i = 0; i < officers.length; i++)
      await t.db.query(
        `INSERT INTO enrolment (cohort_id, course_id, officer_id, status, completed_at) SELECT id, course_id, $2, $3::enrolment_status, CASE WHEN $3 = 'completed' THEN ends_at END FROM cohort WHERE id = $1`,
        [paced.cohortId, officers[i].id, statuses[i]],
      );
    const [{ id: programmeId }] = await t.db.query(
      `INSERT INTO certification_programme (name, description, course_ids, required_count, validity_months, recertification_window_days, skills)
       VALUES ($1, 'd', ARRAY[$2::uuid], 1, 24, 90, '{}') RETURNING id`,
      [`Programme ${randomBytes(3).toString('hex')}`, selfPaced],
    );
    const certified = [
      { holder: officers[0].id, status: 'active' },
      { holder: officers[1].id, status: 'active' },
      { holder: officers[2].id, status: 'revoked' },
    ];
    for (const c of certified)
      await t.db.query(
        `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, status, public_code, credential)
         SELECT $1, $2, starts_at + interval '1 day', starts_at, starts_at + interval '2 years', $3::certification_status, $4, '' FROM cohort WHERE id = $5`,
        [programmeId, c.holder, c.status, randomBytes(8).toString('hex'), paced.cohortId],
      );
    // The instructor-led line's request is filled.
    await t.db.query(`UPDATE training_request SET status = 'assigned' WHERE id = $1`, [led.trainingRequestId]);

    const progress = await ok(admin, 'GET', `/api/workplans/${plan.id}/progress`);
    const of = (id: string) => progress.lines.find((l: { id: string }) => l.id === id);
    expect(of(paced.id)).toMatchObject({
      target: paced.officers,
      requestsRaised: 0,
      requestsFilled: 0,
      cohortsHeld: 1,
      officersTrained: statuses.filter((s) => s === 'completed').length,
      officersCertified: certified.filter((c) => c.status === 'active').length,
    });
    expect(of(led.id)).toMatchObject({
      target: led.officers,
      requestsRaised: 1,
      requestsFilled: 1,
      cohortsHeld: 0,
      officersTrained: 0,
    });
    // The dashboard's plan delivery equals the raw rows of every approved UA plan (computed here, not by the feature).
    const planned = await t.db.query(
      `SELECT l.quarter, l.officers, COALESCE(l.cohort_id, r.cohort_id) AS cohort_id FROM plan_line l
       JOIN workplan w ON w.id = l.workplan_id LEFT JOIN training_request r ON r.id = l.training_request_id
       WHERE w.status = 'approved' AND w.country_code = 'UA'`,
    );
    const completions = await t.db.query(`SELECT cohort_id FROM enrolment WHERE status = 'completed'`);
    const expected = new Map<string, { planned: number; trained: number }>();
    for (const line of planned) {
      const sum = expected.get(line.quarter) ?? { planned: 0, trained: 0 };
      sum.planned += line.officers;
      sum.trained += completions.filter(
        (e: { cohort_id: string }) => line.cohort_id && e.cohort_id === line.cohort_id,
      ).length;
      expected.set(line.quarter, sum);
    }
    // The dashboard reads the rollup: nothing of this plan until a refresh (triggered here, not the timer's).
    const before = await ok(admin, 'GET', '/api/reporting/uptake/plan-delivery?country=UA');
    expect(before.countries).toEqual([]);
    const runner = t.db.createQueryRunner();
    await runner.connect();
    const refreshed = await refreshUptake(runner).finally(() => runner.release());
    const delivery = await ok(admin, 'GET', '/api/reporting/uptake/plan-delivery?country=UA');
    expect(delivery.suppressed).toBe(false);
    expect(delivery.asOf).toBe(refreshed.asOf.toISOString());
    expect(
      delivery.quarters.map((q: { quarter: string; planned: number; trained: number }) => [
        q.quarter,
        q.planned,
        q.trained,
      ]),
    ).toEqual([...expected.entries()].sort().map(([q, e]) => [q, e.planned, e.trained]));
    const total = [...expected.values()].reduce(
      (a, e) => ({ planned: a.planned + e.planned, trained: a.trained + e.trained }),
      { planned: 0, trained: 0 },
    );
    expect(delivery.countries).toEqual([
      expect.objectContaining({
        countryCode: 'UA',
        planned: total.planned,
        trained: total.trained,
        certified: 2,
        delivery: Math.floor((100 * total.trained) / total.planned),
      }),
    ]);
    // A member admin: the same rules as the rest of uptake (withheld as the unit counts per area make it).
    const memberAdmin = await t.signIn('member_admin', { memberFirmId: await t.createFirm() });
    const theirs = await ok(memberAdmin, 'GET', '/api/reporting/uptake/plan-delivery?country=UA');
    const areas = await t.db.query(
      `SELECT c.code::text AS code, c.region_code::text AS region, (SELECT count(*)::int FROM police_unit u WHERE u.country_code = c.code) AS units FROM country c`,
    );
    expect(theirs.suppressed).toBe(true);
    if (withheldAreas(areas).countries.has('UA')) {
      expect(theirs.countries[0]).toMatchObject({ withheld: true, planned: null, trained: null, delivery: null });
      expect(theirs.quarters.every((q: { planned: unknown }) => q.planned === null)).toBe(true);
    } else {
      const round = (n: number) => (n === 0 ? 0 : n < 5 ? '<5' : Math.round(n / 5) * 5);
      expect(theirs.countries[0]).toMatchObject({
        withheld: false,
        planned: round(total.planned),
        trained: round(total.trained),
        certified: '<5',
      });
    }
    const coordinatorView = await call(
      await t.signIn('coordinator', { policeUnitId: units.big }),
      'GET',
      '/api/reporting/uptake/plan-delivery',
    );
    expect(coordinatorView.statusCode).toBe(403);
    const others = progress.lines.filter((l: { id: string }) => l.id !== paced.id && l.id !== led.id);
    expect(
      others.every(
        (l: { officersTrained: number; cohortsHeld: number }) => l.officersTrained === 0 && l.cohortsHeld === 0,
      ),
    ).toBe(true);
  });

  it('role rules: a coordinator sees only their unit’s lines; member admins no plan and only aggregated demand', async () => {
    const plan = await draft();
    await ok(admin, 'POST', `/api/workplans/${plan.id}/approve`, {});
    const coordinator = await t.signIn('coordinator', { policeUnitId: units.small });
    const mine = await ok(coordinator, 'GET', `/api/workplans/${plan.id}`);
    expect(mine.lines.length).toBeGreaterThan(0);
    expect(mine.lines.every((l: { policeUnitId: string }) => l.policeUnitId === units.small)).toBe(true);
    const progress = await ok(coordinator, 'GET', `/api/workplans/${plan.id}/progress`);
    expect(progress.lines.every((l: { policeUnitId: string }) => l.policeUnitId === units.small)).toBe(true);
    expect((await ok(coordinator, 'GET', '/api/workplans')).items.some((p: { id: string }) => p.id === plan.id)).toBe(
      true,
    );

    const outsider = await t.signIn('coordinator', { policeUnitId: units.other });
    expect((await call(outsider, 'GET', `/api/workplans/${plan.id}`)).statusCode).toBe(404);
    expect((await call(outsider, 'GET', `/api/workplans/${plan.id}/progress`)).statusCode).toBe(404);
    expect((await ok(outsider, 'GET', '/api/workplans')).items.some((p: { id: string }) => p.id === plan.id)).toBe(
      false,
    );
    expect((await call(coordinator, 'POST', `/api/workplans/${plan.id}/approve`, {})).statusCode).toBe(403);
    expect(
      (await call(coordinator, 'POST', '/api/workplans', { countryCode: 'UA', periodStart: Q(1), periodEnd: Q(2) }))
        .statusCode,
    ).toBe(403);
    expect((await call(coordinator, 'GET', '/api/workplans/demand')).statusCode).toBe(403);

    const firmId = await t.createFirm();
    const memberAdmin = await t.signIn('member_admin', { memberFirmId: firmId });
    expect((await call(memberAdmin, 'GET', `/api/workplans/${plan.id}`)).statusCode).toBe(403);
    expect((await call(memberAdmin, 'GET', '/api/workplans')).statusCode).toBe(403);
    // Demand: nothing until one of the firm's trainers teaches the course.
    expect((await ok(memberAdmin, 'GET', '/api/workplans/demand')).rows).toEqual([]);
    const trainer = await t.signIn('trainer', { memberFirmId: firmId });
    await t.db.query(
      `INSERT INTO trainer_profile (user_id, course_ids) VALUES ($1, ARRAY[$2::uuid]) ON CONFLICT (user_id) DO UPDATE SET course_ids = EXCLUDED.course_ids`,
      [trainer.id, instructorLed],
    );
    const demand = await ok(memberAdmin, 'GET', '/api/workplans/demand');
    // Expected from the raw rows: approved plans' instructor-led lines of that course, by country and quarter.
    const raw = await t.db.query(
      `SELECT l.quarter, l.officers FROM plan_line l JOIN workplan w ON w.id = l.workplan_id JOIN course k ON k.id = l.course_id
       WHERE w.status = 'approved' AND l.course_id = $1`,
      [instructorLed],
    );
    const byQuarter = new Map<string, number>();
    for (const r of raw) byQuarter.set(r.quarter, (byQuarter.get(r.quarter) ?? 0) + r.officers);
    const rounded = (n: number) => (n === 0 ? 0 : n < 5 ? '<5' : Math.round(n / 5) * 5);
    expect(demand.rows.map((r: { quarter: string; officers: unknown }) => [r.quarter, r.officers])).toEqual(
      [...byQuarter.entries()].sort().map(([q, n]) => [q, rounded(n)]),
    );
    for (const row of demand.rows)
      expect(Object.keys(row).sort()).toEqual([
        'countryCode',
        'courseId',
        'courseTitle',
        'officers',
        'quarter',
        'requests',
      ]);
    const exact = await ok(admin, 'GET', '/api/workplans/demand');
    expect(exact.rows.map((r: { quarter: string; officers: unknown }) => [r.quarter, r.officers])).toEqual(
      [...byQuarter.entries()].sort(),
    );
  });

  it('competency coverage per unit and role, before (assessment day) and now, equals the raw rows; coordinators see their unit only', async () => {
    // The application's clock, pinned for this test at 10:00 UTC of its day: "now" is that instant, not the
    // end of the day.
    const clock = t.app.get(Clock);
    const realNow = clock.now.bind(clock);
    const now = new Date(`${realNow().toISOString().slice(0, 10)}T10:00:00Z`);
    clock.now = () => now;
    try {
      await coverageTest(now);
    } finally {
      clock.now = realNow;
    }
  });

  async function coverageTest(now: Date) {
    const plan = await draft();
    await ok(admin, 'POST', `/api/workplans/${plan.id}/approve`, {});
    // A needs assessment approved after the plan was made: the plan's "before" stays the one it was proposed from.
    const [{ id: newer }] = await t.db.query(
      `INSERT INTO needs_assessment (police_unit_id, status, assessed_on, reviewed_at) VALUES ($1, 'approved', $2, $3) RETURNING id`,
      [units.small, now.toISOString().slice(0, 10), new Date(now.getTime() + 60_000)],
    );
    await t.db.query(
      `INSERT INTO needs_assessment_role (needs_assessment_id, competency_role_id, officers_now, officers_needed) VALUES ($1, $2, 0, 7)`,
      [newer, roleId],
    );
    // Small unit (assessed 2026-01-15; the role needs c1 and c2 at level 2, 5 officers): A held both before the
    // assessment day; B completed the second course after it; C holds c1 only; D is certified after it by a
    // programme giving both; E held both before but is disabled; F's certification was revoked.
    // G completes both courses later on the clock's day: held at the end of the day, not now.
    const [a, b, c, d, e, f, g] = await createOfficers(t, 7, units.small);
    const ledCohort = await createOpenCohort(t, admin, instructorLed);
    const pacedCohort = await createOpenCohort(t, admin, selfPaced);
    const complete = (officer: string, cohort: string, at: string) =>
      t.db.query(
        `INSERT INTO enrolment (cohort_id, course_id, officer_id, status, completed_at) SELECT id, course_id, $2, 'completed', $3 FROM cohort WHERE id = $1`,
        [cohort, officer, at],
      );
    for (const o of [a, b, c, e]) await complete(o.id, ledCohort, '2025-11-02T10:00:00Z');
    for (const o of [a, e]) await complete(o.id, pacedCohort, '2026-01-15T21:00:00Z');
    await complete(b.id, pacedCohort, '2026-01-16T09:00:00Z');
    const later = new Date(now.getTime() + 2 * 3_600_000).toISOString();
    await complete(g.id, ledCohort, later);
    await complete(g.id, pacedCohort, later);
    await t.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [e.id]);
    const [{ id: programmeId }] = await t.db.query(
      `INSERT INTO certification_programme (name, description, course_ids, required_count, validity_months, recertification_window_days, skills)
       VALUES ($1, 'd', ARRAY[$2::uuid], 1, 24, 90, '{}') RETURNING id`,
      [`Coverage ${randomBytes(3).toString('hex')}`, instructorLed],
    );
    await t.db.query(
      `INSERT INTO programme_competency (programme_id, competency_id, level) VALUES ($1, $2, 2), ($1, $3, 3)`,
      [programmeId, competencies.c1, competencies.c2],
    );
    for (const [holder, revoked] of [
      [d.id, null],
      [f.id, '2026-04-01T00:00:00Z'],
    ])
      await t.db.query(
        `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, status, public_code, credential, revoked_at)
         VALUES ($1, $2, '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z', now() + interval '1 year', $3::certification_status, $4, '', $5)`,
        [programmeId, holder, revoked ? 'revoked' : 'active', randomBytes(8).toString('hex'), revoked],
      );

    // Expected, computed here from the raw rows: an officer holds a competency at the highest level of the
    // courses completed and the programmes certified (live) at the end of the day; a role is covered by an active
    // officer or coordinator holding each competency it requires at the required level.
    const endOf = (day: string) => new Date(`${day}T00:00:00Z`).getTime() + 86400_000;
    const people = await t.db.query(
      `SELECT id, police_unit_id FROM app_user WHERE role IN ('officer', 'coordinator') AND disabled_at IS NULL`,
    );
    const completions = await t.db.query(
      `SELECT e.officer_id, cc.competency_id, cc.level, e.completed_at FROM enrolment e JOIN course_competency cc ON cc.course_id = e.course_id WHERE e.status = 'completed'`,
    );
    const certificates = await t.db.query(
      `SELECT z.holder_id, pc.competency_id, pc.level, z.valid_from, z.expires_at, z.revoked_at FROM certification z JOIN programme_competency pc ON pc.programme_id = z.programme_id`,
    );
    const required = await t.db.query(
      `SELECT competency_id, required_level FROM competency_role_competency WHERE competency_role_id = $1`,
      [roleId],
    );
    const covered = (unitId: string, at: number) => {
      const level = (officer: string, competency: string) =>
        Math.max(
          0,
          ...completions
            .filter(
              (x: { officer_id: string; competency_id: string; completed_at: Date }) =>
                x.officer_id === officer && x.competency_id === competency && new Date(x.completed_at).getTime() < at,
            )
            .map((x: { level: number }) => x.level),
          ...certificates
            .filter(
              (x: {
                holder_id: string;
                competency_id: string;
                valid_from: Date;
                expires_at: Date;
                revoked_at: Date | null;
              }) =>
                x.holder_id === officer &&
                x.competency_id === competency &&
                new Date(x.valid_from).getTime() <= at &&
                new Date(x.expires_at).getTime() > at &&
                (x.revoked_at === null || new Date(x.revoked_at).getTime() > at),
            )
            .map((x: { level: number }) => x.level),
        );
      return people.filter(
        (p: { id: string; police_unit_id: string }) =>
          p.police_unit_id === unitId &&
          required.every(
            (r: { competency_id: string; required_level: number }) => level(p.id, r.competency_id) >= r.required_level,
          ),
      ).length;
    };
    // The assessment the plan was proposed from: each unit's latest approved one when the plan was created (an
    // assessment approved by then, of a day no later than the next), latest by day, then by review time (those
    // without last), then by id — the proposal's order.
    const created = new Date(plan.createdAt).getTime();
    const approved: { id: string; police_unit_id: string; day: string; reviewed_at: Date | null }[] = await t.db.query(
      `SELECT id, police_unit_id, to_char(assessed_on, 'YYYY-MM-DD') AS day, reviewed_at FROM needs_assessment WHERE status = 'approved'`,
    );
    const roleRows: { needs_assessment_id: string; officers_needed: number }[] = await t.db.query(
      `SELECT needs_assessment_id, officers_needed FROM needs_assessment_role WHERE competency_role_id = $1`,
      [roleId],
    );
    const assessmentOf = (unitId: string) => {
      const [first] = approved
        .filter(
          (x) =>
            x.police_unit_id === unitId &&
            endOf(x.day) <= endOf(new Date(created).toISOString().slice(0, 10)) + 86400_000 &&
            (x.reviewed_at === null || new Date(x.reviewed_at).getTime() <= created),
        )
        .sort(
          (x, y) =>
            y.day.localeCompare(x.day) ||
            (y.reviewed_at ? new Date(y.reviewed_at).getTime() : -Infinity) -
              (x.reviewed_at ? new Date(x.reviewed_at).getTime() : -Infinity) ||
            x.id.localeCompare(y.id),
        );
      return (
        first && {
          ...first,
          officers_needed: roleRows.find((r) => r.needs_assessment_id === first.id)!.officers_needed,
        }
      );
    };

    const coverage = await ok(admin, 'GET', `/api/workplans/${plan.id}/coverage`);
    expect(coverage.now).toBe(now.toISOString());
    expect(coverage.units.map((u: { policeUnitId: string }) => u.policeUnitId).sort()).toEqual(
      [...new Set(plan.lines.map((l: { policeUnitId: string }) => l.policeUnitId))].sort(),
    );
    for (const unit of coverage.units) {
      const assessment = assessmentOf(unit.policeUnitId)!;
      const before = covered(unit.policeUnitId, endOf(assessment.day));
      const atNow = covered(unit.policeUnitId, Math.max(now.getTime(), endOf(assessment.day)));
      const pct = (n: number) =>
        Math.round((100 * Math.min(n, assessment.officers_needed)) / assessment.officers_needed);
      expect({ unit: unit.policeUnitName, assessedOn: unit.assessedOn, roles: unit.roles }).toEqual({
        unit: unit.policeUnitName,
        assessedOn: assessment.day,
        roles: [
          expect.objectContaining({
            competencyRoleId: roleId,
            officersNeeded: assessment.officers_needed,
            atLevelBefore: before,
            atLevelNow: atNow,
            coverageBefore: pct(before),
            coverageNow: pct(atNow),
          }),
        ],
      });
    }
    // The fixture, by hand: A before; A, B and D now (G only later today); assessed 2026-01-15, 5 needed.
    const small = coverage.units.find((u: { policeUnitId: string }) => u.policeUnitId === units.small);
    expect(small.assessedOn).toBe('2026-01-15');
    expect([small.roles[0].atLevelBefore, small.roles[0].atLevelNow]).toEqual([1, 3]);
    expect([small.roles[0].coverageBefore, small.roles[0].coverageNow]).toEqual([20, 60]);
    expect(small.roles[0].name).toBe('Online investigator');

    // Role names in the reader's language, as the framework gives them (admins read the source).
    await publish(t.db.manager, 'competency_role', roleId, 'es', {
      name: 'Investigador de fuentes en línea',
      description: '-',
    });
    const coordinator = await t.signIn('coordinator', { policeUnitId: units.small });
    const spanish = await t.inject({
      method: 'GET',
      url: `/api/workplans/${plan.id}/coverage`,
      cookie: coordinator.cookie,
      headers: { 'accept-language': 'es' },
    });
    expect(spanish.json().units[0].roles[0].name).toBe('Investigador de fuentes en línea');
    expect((await ok(admin, 'GET', `/api/workplans/${plan.id}/coverage`)).units[0].roles[0].name).toBe(
      'Online investigator',
    );
    const mine = await ok(coordinator, 'GET', `/api/workplans/${plan.id}/coverage`);
    expect(mine.units.map((u: { policeUnitId: string }) => u.policeUnitId)).toEqual([units.small]);
    const outsider = await t.signIn('coordinator', { policeUnitId: units.other });
    expect((await call(outsider, 'GET', `/api/workplans/${plan.id}/coverage`)).statusCode).toBe(404);
    const memberAdmin = await t.signIn('member_admin', { memberFirmId: await t.createFirm() });
    expect((await call(memberAdmin, 'GET', `/api/workplans/${plan.id}/coverage`)).statusCode).toBe(403);
  }
});
