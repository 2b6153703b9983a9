import { brotliDecompressSync } from 'node:zlib';
import { UPTAKE_AREA_FIGURES, withheldAreas, type UptakeAreaFigure } from '@icspa/domain';
import { TestApp, TestUser } from '../../../test/test-app';
import { WorkerProcess } from '../../../test/worker-process';
import { Worker } from 'bullmq';
import { bullConnection } from '../../core/queue/queue.service';
import { QueueName } from '../../core/queue/queue-registry';
import { generateUptakeDataset } from '../../database/seeds/uptake-dataset';
import { CSV_BOM } from './csv';
import type { UptakeRowDto } from './dtos/uptake.dto';
import { refreshUptake } from './uptake-rollup';

/**
 * Every figure of the dashboard against a direct count of the raw rows, on a generated data set; then who
 * may see what, small-count suppression, the CSV export and bad input.
 */

/** Every figure of an area but the completion rate (a ratio of two of them). */
const NUMERIC = UPTAKE_AREA_FIGURES.filter(
  (f): f is Exclude<UptakeAreaFigure, 'completionRate'> => f !== 'completionRate',
);
type Figures = Record<(typeof NUMERIC)[number], number | null>;

function monthsAgo(n: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
  return d.toISOString().slice(0, 7);
}

/** The figures straight from the raw tables, grouped by `group` (a SQL expression over c = the area's country, pu = the unit). */
async function rawFigures(
  t: TestApp,
  group: string,
  o: { from: string; to: string; asOf: string; topic?: string; courseId?: string; country?: string },
): Promise<Map<string, Figures>> {
  const course = (alias: string) =>
    o.courseId
      ? `AND ${alias}.course_id = '${o.courseId}'`
      : o.topic
        ? `AND ${alias}.course_id IN (SELECT id FROM course WHERE '${o.topic}' = ANY(topics))`
        : '';
  const inCountry = o.country ? `AND c.code = '${o.country}'` : '';
  const start = `'${o.from}-01'::timestamp AT TIME ZONE 'UTC'`;
  const end = `('${o.to}-01'::timestamp + interval '1 month') AT TIME ZONE 'UTC'`;
  const q = (sql: string) => t.db.query(sql) as Promise<Record<string, unknown>[]>;
  const [units, seats, certs, cohorts, requests] = await Promise.all([
    q(
      `SELECT ${group} AS key, count(*) AS units_known FROM police_unit pu JOIN country c ON c.code = pu.country_code WHERE true ${inCountry} GROUP BY 1`,
    ),
    q(`SELECT ${group} AS key, count(*) AS enrolments, count(*) FILTER (WHERE e.status = 'completed') AS completions,
         count(DISTINCT e.officer_id) AS officers_enrolled, count(DISTINCT pu.id) AS units_reached
       FROM enrolment e JOIN cohort co ON co.id = e.cohort_id JOIN app_user u ON u.id = e.officer_id
       JOIN police_unit pu ON pu.id = u.police_unit_id JOIN country c ON c.code = pu.country_code
       WHERE e.status IN ('enrolled', 'completed', 'failed') AND co.status <> 'cancelled'
         AND co.starts_at >= ${start} AND co.starts_at < ${end} ${course('co')} ${inCountry} GROUP BY 1`),
    q(`SELECT ${group} AS key, count(*) AS active, count(*) FILTER (WHERE ce.expires_at <= '${o.asOf}'::timestamptz + interval '90 days') AS expiring
       FROM certification ce JOIN app_user u ON u.id = ce.holder_id JOIN police_unit pu ON pu.id = u.police_unit_id JOIN country c ON c.code = pu.country_code
       WHERE ce.status = 'active' AND ce.expires_at > '${o.asOf}'::timestamptz ${inCountry} GROUP BY 1`),
    q(`SELECT ${group} AS key, count(*) AS delivered, count(*) FILTER (WHERE co.delivery_mode = 'online') AS online,
         count(*) FILTER (WHERE co.delivery_mode = 'in_person') AS in_person, count(*) FILTER (WHERE co.delivery_mode = 'blended') AS blended,
         count(DISTINCT co.trainer_id) AS trainers
       FROM cohort co LEFT JOIN police_unit pu ON pu.id = co.police_unit_id LEFT JOIN country c ON c.code = coalesce(pu.country_code, co.country_code)
       WHERE co.status = 'completed' AND co.starts_at >= ${start} AND co.starts_at < ${end} ${course('co')} ${inCountry} GROUP BY 1`),
    q(`SELECT ${group} AS key, count(*) AS raised, count(*) FILTER (WHERE r.status = 'assigned') AS filled, count(*) FILTER (WHERE r.status = 'unfilled') AS unfilled,
         sum(r.seats) AS seats, coalesce(sum(r.seats) FILTER (WHERE r.status = 'assigned'), 0) AS seats_filled,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.assigned_at - r.created_at) / 3600) FILTER (WHERE r.status = 'assigned') AS median
       FROM training_request r JOIN police_unit pu ON pu.id = r.police_unit_id JOIN country c ON c.code = pu.country_code
       WHERE r.status <> 'cancelled' AND r.created_at >= ${start} AND r.created_at < ${end} ${course('r')} ${inCountry} GROUP BY 1`),
  ]);
  const out = new Map<string, Figures>();
  const get = (key: unknown): Figures => {
    const k = String(key);
    if (!out.has(k))
      out.set(k, Object.fromEntries(NUMERIC.map((f) => [f, f === 'medianHoursToTrainer' ? null : 0])) as Figures);
    return out.get(k) as Figures;
  };
  for (const r of units) get(r.key).unitsKnown = Number(r.units_known);
  for (const r of seats)
    Object.assign(get(r.key), {
      enrolments: +r.enrolments!,
      completions: +r.completions!,
      officersEnrolled: +r.officers_enrolled!,
      unitsReached: +r.units_reached!,
    });
  for (const r of certs)
    Object.assign(get(r.key), { activeCertifications: +r.active!, expiringCertifications: +r.expiring! });
  for (const r of cohorts) {
    if (r.key === null) continue;
    Object.assign(get(r.key), {
      cohortsDelivered: +r.delivered!,
      cohortsOnline: +r.online!,
      cohortsInPerson: +r.in_person!,
      cohortsBlended: +r.blended!,
      trainersDelivered: +r.trainers!,
    });
  }
  for (const r of requests) {
    const f = get(r.key);
    Object.assign(f, {
      requestsRaised: +r.raised!,
      requestsFilled: +r.filled!,
      requestsUnfilled: +r.unfilled!,
      seatsRequested: +r.seats!,
      seatsFilled: +r.seats_filled!,
    });
    f.medianHoursToTrainer = r.median === null ? null : Math.round(Number(r.median) * 10) / 10;
  }
  for (const f of out.values()) f.seatsGap = (f.seatsRequested as number) - (f.seatsFilled as number);
  return out;
}

/** What a non-admin is shown for a figure, given the admin's exact row: "<5" for 1 to 4, else rounded to 5. */
function shownAs(row: UptakeRowDto, f: (typeof NUMERIC)[number]): unknown {
  const small = (v: unknown) => typeof v === 'number' && v > 0 && v < 5;
  const rounded = (v: unknown) => (small(v) ? '<5' : Math.round((v as number) / 5) * 5);
  const v = row[f];
  if (f === 'unitsKnown') return v;
  if (f === 'unitsReached') return small(row.officersEnrolled) && small(v) ? '<5' : v;
  if (f === 'seatsGap') return small(row.seatsRequested) || small(row.seatsFilled) ? null : rounded(v);
  if (f === 'medianHoursToTrainer') return small(row.requestsFilled) ? null : v;
  return rounded(v);
}

function figuresOf(row: UptakeRowDto): Figures {
  return Object.fromEntries(NUMERIC.map((f) => [f, row[f]])) as Figures;
}

describe('regional uptake', () => {
  let t: TestApp;
  let admin: TestUser;
  const from = monthsAgo(11);
  const to = monthsAgo(0);

  async function refresh() {
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      return await refreshUptake(runner);
    } finally {
      await runner.release();
    }
  }

  const get = (user: TestUser, url: string) => t.inject({ method: 'GET', url, cookie: user.cookie });

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    await generateUptakeDataset(t.db, {
      seed: 7,
      firms: 3,
      units: 40,
      officers: 800,
      trainers: 60,
      courses: 6,
      enrolments: 8000,
      requests: 400,
      months: 18,
      endMonth: to,
      certifications: true,
      passwordHash: 'not-a-login',
    });
    await refresh();
  });

  afterAll(() => t?.close());

  it('gives every country exactly the figures a direct count of the raw rows gives', async () => {
    const res = await get(admin, `/api/reporting/uptake?level=country&from=${from}&to=${to}`);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.asOf).toEqual(expect.any(String));
    const raw = await rawFigures(t, 'c.code', { from, to, asOf: report.asOf });
    const withData = report.rows.filter((r: UptakeRowDto) => r.enrolments !== 0 || r.requestsRaised !== 0);
    expect(withData.length).toBeGreaterThan(5);
    const zero = Object.fromEntries(NUMERIC.map((f) => [f, f === 'medianHoursToTrainer' ? null : 0])) as Figures;
    for (const row of report.rows as UptakeRowDto[]) {
      expect({ country: row.key, ...figuresOf(row) }).toEqual({ country: row.key, ...(raw.get(row.key) ?? zero) });
    }
    // The total is its own count (distinct officers and trainers do not add up across countries), and it
    // includes online cohorts that belong to no country.
    const total = await rawFigures(t, `'total'`, { from, to, asOf: report.asOf });
    expect(figuresOf(report.total)).toEqual(total.get('total'));
  });

  it('agrees with the raw rows per region under a topic filter, and per unit under a course filter', async () => {
    const [{ topic }] = await t.db.query(
      `SELECT unnest(topics) AS topic FROM course WHERE status = 'published' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const byRegion = (
      await get(admin, `/api/reporting/uptake?level=region&from=${monthsAgo(17)}&to=${to}&topic=${topic}`)
    ).json();
    const rawRegions = await rawFigures(t, 'c.region_code', { from: monthsAgo(17), to, asOf: byRegion.asOf, topic });
    for (const row of byRegion.rows as UptakeRowDto[]) {
      if (rawRegions.has(row.key))
        expect({ region: row.key, ...figuresOf(row) }).toEqual({ region: row.key, ...rawRegions.get(row.key) });
      else expect(row.enrolments).toBe(0);
    }
    const [{ country, course_id: courseId }] = await t.db.query(
      `SELECT pu.country_code AS country, co.course_id FROM enrolment e JOIN cohort co ON co.id = e.cohort_id JOIN app_user u ON u.id = e.officer_id JOIN police_unit pu ON pu.id = u.police_unit_id
       GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    );
    const byUnit = (
      await get(admin, `/api/reporting/uptake?level=unit&country=${country}&from=${from}&to=${to}&courseId=${courseId}`)
    ).json();
    expect(byUnit.rows.length).toBeGreaterThan(0);
    const rawUnits = await rawFigures(t, 'pu.id::text', { from, to, asOf: byUnit.asOf, courseId, country });
    let compared = 0;
    for (const row of byUnit.rows as UptakeRowDto[]) {
      const expected = rawUnits.get(row.key);
      if (!expected) continue;
      compared++;
      expect({ unit: row.key, ...figuresOf(row) }).toEqual({ unit: row.key, ...expected });
    }
    expect(compared).toBe(byUnit.rows.length);
  });

  it('gives the monthly series and the member firms the raw counts', async () => {
    const series = (await get(admin, `/api/reporting/uptake/series?from=${from}&to=${to}&country=UA`)).json();
    expect(series.months).toHaveLength(12);
    const rawMonths: { month: string; enrolments: number; completions: number }[] = await t.db.query(
      `SELECT to_char(date_trunc('month', co.starts_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, count(*)::int AS enrolments, (count(*) FILTER (WHERE e.status = 'completed'))::int AS completions
       FROM enrolment e JOIN cohort co ON co.id = e.cohort_id JOIN app_user u ON u.id = e.officer_id JOIN police_unit pu ON pu.id = u.police_unit_id
       WHERE e.status IN ('enrolled', 'completed', 'failed') AND co.status <> 'cancelled' AND pu.country_code = 'UA' GROUP BY 1`,
    );
    const rawRequests: { month: string; raised: number; filled: number }[] = await t.db.query(
      `SELECT to_char(date_trunc('month', r.created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, count(*)::int AS raised, (count(*) FILTER (WHERE r.status = 'assigned'))::int AS filled
       FROM training_request r JOIN police_unit pu ON pu.id = r.police_unit_id WHERE r.status <> 'cancelled' AND pu.country_code = 'UA' GROUP BY 1`,
    );
    for (const m of series.months) {
      const e = rawMonths.find((r) => r.month === m.month);
      const r = rawRequests.find((x) => x.month === m.month);
      expect(m).toEqual(
        expect.objectContaining({
          enrolments: e?.enrolments ?? 0,
          completions: e?.completions ?? 0,
          requestsRaised: r?.raised ?? 0,
          requestsFilled: r?.filled ?? 0,
        }),
      );
    }

    const firms = (await get(admin, `/api/reporting/uptake/firms?from=${from}&to=${to}`)).json();
    const rawFirms: {
      id: string;
      cohorts: number;
      trainers: number;
      proposed: number;
      accepted: number;
      declined: number;
      roster: number;
    }[] = await t.db.query(
      `SELECT f.id,
         (SELECT count(*)::int FROM cohort co JOIN app_user tr ON tr.id = co.trainer_id WHERE tr.member_firm_id = f.id AND co.status = 'completed' AND co.starts_at >= $1 AND co.starts_at < ($2::date + interval '1 month')) AS cohorts,
         (SELECT count(DISTINCT co.trainer_id)::int FROM cohort co JOIN app_user tr ON tr.id = co.trainer_id WHERE tr.member_firm_id = f.id AND co.status = 'completed' AND co.starts_at >= $1 AND co.starts_at < ($2::date + interval '1 month')) AS trainers,
         (SELECT count(*)::int FROM assignment a JOIN app_user tr ON tr.id = a.trainer_id WHERE tr.member_firm_id = f.id AND a.proposed_at >= $1 AND a.proposed_at < ($2::date + interval '1 month')) AS proposed,
         (SELECT count(*)::int FROM assignment a JOIN app_user tr ON tr.id = a.trainer_id WHERE tr.member_firm_id = f.id AND a.status IN ('accepted', 'completed') AND a.proposed_at >= $1 AND a.proposed_at < ($2::date + interval '1 month')) AS accepted,
         (SELECT count(*)::int FROM assignment a JOIN app_user tr ON tr.id = a.trainer_id WHERE tr.member_firm_id = f.id AND a.status = 'declined' AND a.proposed_at >= $1 AND a.proposed_at < ($2::date + interval '1 month')) AS declined,
         (SELECT count(*)::int FROM app_user tr WHERE tr.member_firm_id = f.id AND tr.role = 'trainer' AND tr.disabled_at IS NULL) AS roster
       FROM member_firm f`,
      [`${from}-01`, `${to}-01`],
    );
    expect(firms.rows).toHaveLength(rawFirms.length);
    expect(rawFirms.some((f) => f.cohorts > 0)).toBe(true);
    for (const f of rawFirms) {
      expect(firms.rows.find((r: { firmId: string }) => r.firmId === f.id)).toEqual(
        expect.objectContaining({
          trainers: f.roster,
          cohortsDelivered: f.cohorts,
          trainersDelivered: f.trainers,
          assignmentsProposed: f.proposed,
          assignmentsAccepted: f.accepted,
          assignmentsDeclined: f.declined,
        }),
      );
    }
  });

  it('gives plan delivery per country and quarter exactly as counted from the raw plan lines (issue 18)', async () => {
    // Raw rows, counted here: each approved plan line's officers, the distinct officers who completed its cohort
    // (its own, or its request's), and of those the ones holding an active certification of a programme that
    // counts the line's course, issued since the cohort started and unexpired at "as of".
    // One certified completer's certifications have expired without the expiry job having run yet (still
    // 'active'): at the snapshot instant they certify nobody, as in the certifications figures.
    const [{ holder_id: lapsed }] = await t.db.query(
      `SELECT z.holder_id FROM plan_line l JOIN workplan w ON w.id = l.workplan_id AND w.status = 'approved'
         LEFT JOIN training_request r ON r.id = l.training_request_id
         JOIN cohort c ON c.id = coalesce(l.cohort_id, r.cohort_id)
         JOIN enrolment e ON e.cohort_id = c.id AND e.status = 'completed'
         JOIN certification z ON z.holder_id = e.officer_id AND z.status = 'active' AND z.issued_at >= c.starts_at
         JOIN certification_programme p ON p.id = z.programme_id AND l.course_id = ANY (p.course_ids)
       ORDER BY z.holder_id LIMIT 1`,
    );
    await t.db.query(
      `UPDATE certification SET expires_at = now() - interval '1 minute' WHERE holder_id = $1 AND status = 'active'`,
      [lapsed],
    );
    const { asOf } = await refresh();
    const lines: {
      id: string;
      country: string;
      quarter: string;
      officers: number;
      course_id: string;
      cohort_id: string | null;
    }[] = await t.db.query(
      `SELECT l.id, w.country_code AS country, l.quarter, l.officers, l.course_id, coalesce(l.cohort_id, r.cohort_id) AS cohort_id
         FROM plan_line l JOIN workplan w ON w.id = l.workplan_id LEFT JOIN training_request r ON r.id = l.training_request_id
         WHERE w.status = 'approved'`,
    );
    const completions: { cohort_id: string; officer_id: string; starts_at: Date }[] = await t.db.query(
      `SELECT e.cohort_id, e.officer_id, c.starts_at FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE e.status = 'completed'`,
    );
    const certifications: { holder_id: string; issued_at: Date; course_ids: string[] }[] = (
      await t.db.query(
        `SELECT z.holder_id, z.issued_at, z.expires_at, p.course_ids FROM certification z JOIN certification_programme p ON p.id = z.programme_id WHERE z.status = 'active'`,
      )
    ).filter((z: { expires_at: Date }) => new Date(z.expires_at).getTime() > asOf.getTime());
    const byCohort = new Map<string, { officer_id: string; starts_at: Date }[]>();
    for (const e of completions) byCohort.set(e.cohort_id, [...(byCohort.get(e.cohort_id) ?? []), e]);
    const byHolder = new Map<string, typeof certifications>();
    for (const z of certifications) byHolder.set(z.holder_id, [...(byHolder.get(z.holder_id) ?? []), z]);
    type Sums = { planned: number; trained: number; certified: number };
    const add = (map: Map<string, Sums>, key: string, v: Sums) => {
      const sum = map.get(key) ?? { planned: 0, trained: 0, certified: 0 };
      map.set(key, {
        planned: sum.planned + v.planned,
        trained: sum.trained + v.trained,
        certified: sum.certified + v.certified,
      });
    };
    const byCountry = new Map<string, Sums>();
    const byQuarter = new Map<string, Sums>();
    const uaQuarters = new Map<string, Sums>();
    for (const line of lines) {
      const done = line.cohort_id ? (byCohort.get(line.cohort_id) ?? []) : [];
      const officers = new Map(done.map((e) => [e.officer_id, e.starts_at]));
      const certified = [...officers].filter(([officer, startsAt]) =>
        (byHolder.get(officer) ?? []).some(
          (z) => z.course_ids.includes(line.course_id) && new Date(z.issued_at) >= new Date(startsAt),
        ),
      ).length;
      const v = { planned: line.officers, trained: officers.size, certified };
      add(byCountry, line.country, v);
      add(byQuarter, line.quarter, v);
      if (line.country === 'UA') add(uaQuarters, line.quarter, v);
    }
    expect(byCountry.size).toBeGreaterThan(5);
    expect([...byCountry.values()].some((v) => v.trained > 0)).toBe(true);
    expect([...byCountry.values()].some((v) => v.certified > 0)).toBe(true);

    const all = (await get(admin, '/api/reporting/uptake/plan-delivery')).json();
    const figures = (r: Sums & { delivery?: unknown }) => [r.planned, r.trained, r.certified];
    expect(
      Object.fromEntries(all.countries.map((c: Sums & { countryCode: string }) => [c.countryCode, figures(c)])),
    ).toEqual(Object.fromEntries([...byCountry].map(([k, v]) => [k, figures(v)])));
    expect(all.quarters.map((q: Sums & { quarter: string }) => [q.quarter, ...figures(q)])).toEqual(
      [...byQuarter].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, ...figures(v)]),
    );
    expect(all.asOf).toBe(asOf.toISOString());
    // A whole percent rounded down: 100 only when the plan was met.
    for (const c of all.countries)
      expect(c.delivery).toBe(
        Math.floor((100 * byCountry.get(c.countryCode)!.trained) / byCountry.get(c.countryCode)!.planned),
      );
    const ua = (await get(admin, '/api/reporting/uptake/plan-delivery?country=UA')).json();
    expect(ua.quarters.map((q: Sums & { quarter: string }) => [q.quarter, ...figures(q)])).toEqual(
      [...uaQuarters].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, ...figures(v)]),
    );
    expect(ua.asOf).toBe(all.asOf);
  });

  it('reads the rollup, which changes only when it is refreshed', async () => {
    const url = `/api/reporting/uptake?level=country&country=UA&from=${from}&to=${to}`;
    const before = (await get(admin, url)).json();
    await t.db.query(
      `UPDATE training_request SET status = 'cancelled' WHERE id IN (
      SELECT r.id FROM training_request r JOIN police_unit pu ON pu.id = r.police_unit_id
      WHERE pu.country_code = 'UA' AND r.status <> 'cancelled' AND r.created_at >= $1 ORDER BY r.id LIMIT 1)`,
      [`${from}-01`],
    );
    const stale = (await get(admin, url)).json();
    expect(stale.rows[0].requestsRaised).toBe(before.rows[0].requestsRaised);
    expect(stale.asOf).toBe(before.asOf);
    await refresh();
    const fresh = (await get(admin, url)).json();
    expect(fresh.rows[0].requestsRaised).toBe(before.rows[0].requestsRaised - 1);
    expect(new Date(fresh.asOf).getTime()).toBeGreaterThan(new Date(before.asOf).getTime());
  });

  describe('who sees what', () => {
    let member: TestUser;
    let coordinator: TestUser;
    let officer: TestUser;
    let trainer: TestUser;
    let firmIds: string[];

    beforeAll(async () => {
      firmIds = (await t.db.query(`SELECT id FROM member_firm ORDER BY name`)).map((r: { id: string }) => r.id);
      member = await t.signIn('member_admin', { memberFirmId: firmIds[0] });
      const [{ id: unitId }] = await t.db.query(
        `SELECT pu.id FROM police_unit pu JOIN app_user u ON u.police_unit_id = pu.id JOIN enrolment e ON e.officer_id = u.id
         WHERE pu.country_code IN (SELECT country_code FROM police_unit GROUP BY 1 HAVING count(*) >= 3)
         GROUP BY pu.id ORDER BY count(*) DESC LIMIT 1`,
      );
      coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
      officer = await t.signIn('officer', { policeUnitId: unitId });
      trainer = await t.signIn('trainer', { memberFirmId: firmIds[1] });
    });

    it('keeps unit detail to admins', async () => {
      const unitId = coordinator.policeUnitId;
      for (const url of [
        `/api/reporting/uptake?level=unit&country=UA`,
        `/api/reporting/uptake?level=country&unitId=${unitId}`,
        `/api/reporting/uptake/series?unitId=${unitId}`,
        `/api/reporting/uptake/export?table=areas&level=unit`,
      ]) {
        const res = await get(member, url);
        expect({ url, status: res.statusCode }).toEqual({ url, status: 403 });
      }
      for (const user of [coordinator, officer, trainer]) {
        for (const url of [
          '/api/reporting/uptake?level=country',
          '/api/reporting/uptake/series',
          '/api/reporting/uptake/firms',
        ]) {
          expect({ role: user.role, url, status: (await get(user, url)).statusCode }).toEqual({
            role: user.role,
            url,
            status: 403,
          });
        }
      }
      for (const user of [officer, trainer, member])
        expect((await get(user, '/api/reporting/uptake/my-unit')).statusCode).toBe(403);
      expect((await get(officer, '/api/reporting/uptake/export?table=my-unit')).statusCode).toBe(403);
    });

    it('shows member admins regional figures with small counts as "<5", and only their own firm', async () => {
      const url = `/api/reporting/uptake?level=country&from=${from}&to=${to}`;
      const full = (await get(admin, url)).json();
      const shown = (await get(member, url)).json();
      expect(shown.suppressed).toBe(true);
      expect(full.suppressed).toBe(false);
      let small = 0;
      // Countries of 1 or 2 units (and any whose figures would be the remainder of such) show no figures.
      const withheld = withheldAreas(
        (full.rows as UptakeRowDto[]).map((r) => ({ code: r.key, region: r.regionCode!, units: r.unitsKnown })),
      ).countries;
      expect(withheld.size).toBeGreaterThan(0);
      for (const [i, row] of (full.rows as UptakeRowDto[]).entries()) {
        expect({ key: row.key, withheld: shown.rows[i].withheld }).toEqual({
          key: row.key,
          withheld: withheld.has(row.key),
        });
        for (const f of NUMERIC) {
          const expected = f === 'unitsKnown' || !withheld.has(row.key) ? shownAs(row, f) : null;
          if (expected === '<5') small++;
          expect({ key: row.key, f, v: shown.rows[i][f] }).toEqual({ key: row.key, f, v: expected });
        }
      }
      expect(small).toBeGreaterThan(0);
      const firms = (await get(member, `/api/reporting/uptake/firms?from=${from}&to=${to}`)).json();
      expect(firms.rows.map((r: { firmId: string }) => r.firmId)).toEqual([firmIds[0]]);
      const csv = (await get(member, `/api/reporting/uptake/export?table=firms&from=${from}&to=${to}`)).body;
      expect(csv.trim().split('\r\n')).toHaveLength(3); // header, the firm, the export's stamp
      expect(csv).not.toContain(firmIds[1]);
    });

    it('shows coordinators their own unit, suppressed, beside the country average', async () => {
      const res = await get(coordinator, `/api/reporting/uptake/my-unit?from=${from}&to=${to}`);
      expect(res.statusCode).toBe(200);
      const mine = res.json();
      expect(mine.unit.key).toBe(coordinator.policeUnitId);
      const adminView = (
        await get(admin, `/api/reporting/uptake?level=unit&unitId=${coordinator.policeUnitId}&from=${from}&to=${to}`)
      ).json();
      const exact = adminView.rows[0] as UptakeRowDto;
      for (const f of NUMERIC) expect({ f, v: mine.unit[f] }).toEqual({ f, v: shownAs(exact, f) });
      const country = (
        await get(admin, `/api/reporting/uptake?level=country&country=${exact.countryCode}&from=${from}&to=${to}`)
      ).json().rows[0] as UptakeRowDto;
      expect(mine.countryUnits).toBe(country.unitsKnown);
      expect(country.unitsKnown).toBeGreaterThanOrEqual(3);
      // A mean is shown unless the other units' total is from 1 to 4 (mean × units − own unit would reveal it),
      // and it is the country's total as a member admin sees it (rounded to 5) over its units, never the exact one.
      for (const f of [
        'enrolments',
        'completions',
        'officersEnrolled',
        'activeCertifications',
        'requestsRaised',
        'seatsRequested',
      ] as const) {
        const rest = (country[f] as number) - (exact[f] as number);
        const shownTotal = shownAs(country, f);
        const expected =
          (rest > 0 && rest < 5) || typeof shownTotal !== 'number'
            ? null
            : Math.round((shownTotal / country.unitsKnown) * 10) / 10;
        expect({ f, mean: mine.countryAverage[f] }).toEqual({ f, mean: expected });
      }
    });

    it('withholds the country average where it would be another unit’s figures', async () => {
      const [{ id: lone, country }] = await t.db.query(
        `SELECT min(pu.id::text) AS id, pu.country_code AS country FROM police_unit pu GROUP BY pu.country_code HAVING count(*) = 1 ORDER BY 2 LIMIT 1`,
      );
      const loneCoordinator = await t.signIn('coordinator', { policeUnitId: lone });
      const mine = (await get(loneCoordinator, `/api/reporting/uptake/my-unit?from=${from}&to=${to}`)).json();
      expect({ country, units: mine.countryUnits }).toEqual({ country, units: 1 });
      expect(Object.values(mine.countryAverage).every((v) => v === null)).toBe(true);
    });

    it('ignores any place a coordinator passes to the export: the table is always their own unit', async () => {
      const own = (await get(coordinator, `/api/reporting/uptake/export?table=my-unit&from=${from}&to=${to}`)).body;
      const [{ id: other }] = await t.db.query(`SELECT id FROM police_unit WHERE id <> $1 ORDER BY id LIMIT 1`, [
        coordinator.policeUnitId,
      ]);
      for (const extra of [
        `unitId=${other}`,
        'region=east-asia',
        'country=CN',
        `unitId=00000000-0000-4000-8000-000000000000`,
      ]) {
        const res = await get(coordinator, `/api/reporting/uptake/export?table=my-unit&from=${from}&to=${to}&${extra}`);
        expect({ extra, status: res.statusCode, same: res.body === own }).toEqual({ extra, status: 200, same: true });
      }
      for (const table of ['areas&level=country', 'series', 'firms']) {
        expect({
          table,
          status: (await get(coordinator, `/api/reporting/uptake/export?table=${table}`)).statusCode,
        }).toEqual({ table, status: 403 });
      }
    });
  });

  describe('CSV export', () => {
    it('streams every area with names in any script intact, matching the JSON', async () => {
      await t.db.query(
        `INSERT INTO police_unit (name, agency, city, country_code) VALUES
           ('Кіберполіція, Київ "Схід"', 'Національна поліція', 'Київ', 'UA'),
           ('北京市公安局网安总队', '公安部', '北京', 'CN'),
           ('Delegacia de Repressão a Crimes Cibernéticos', 'Polícia Civil', 'São Paulo', 'BR')`,
      );
      const res = await get(admin, `/api/reporting/uptake/export?table=areas&level=unit&from=${from}&to=${to}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="uptake-areas-unit-\d{4}-\d{2}-\d{4}-\d{2}\.csv"$/,
      );
      const body = res.rawPayload.toString('utf8');
      expect(body.startsWith(CSV_BOM + 'key,name,region,country,hotspot,unitsKnown')).toBe(true);
      expect(body).toContain('"Кіберполіція, Київ ""Схід"""');
      expect(body).toContain('北京市公安局网安总队');
      expect(body).toContain('Delegacia de Repressão a Crimes Cibernéticos');
      const json = (await get(admin, `/api/reporting/uptake?level=unit&from=${from}&to=${to}`)).json();
      const lines = body.slice(1).trim().split('\r\n');
      expect(lines).toHaveLength(json.rows.length + 3); // header, units, total, the export's stamp
      expect(lines.at(-1)).toMatch(/^"# Exported by Test admin \(admin, /);
      const first = json.rows[0] as UptakeRowDto;
      const line = lines.find((l) => l.startsWith(first.key)) as string;
      expect(line.split(',').slice(-20, -19)[0]).toBe(String(first.unitsKnown));
    });

    it('answers HEAD with the file’s length and no body, so the portal can say the size (data saver)', async () => {
      const url = `/api/reporting/uptake/export?table=areas&level=country&from=${from}&to=${to}`;
      const plain = await t.inject({
        method: 'GET',
        url,
        cookie: admin.cookie,
        headers: { 'accept-encoding': 'identity' },
      });
      expect(plain.statusCode).toBe(200);
      // Over the compression threshold: a GET that accepts Brotli is compressed, a HEAD never is.
      expect(plain.rawPayload.length).toBeGreaterThan(1024);
      expect(Number(plain.headers['content-length'])).toBe(plain.rawPayload.length);

      const head = await t.inject({
        method: 'HEAD',
        url,
        cookie: admin.cookie,
        headers: { 'accept-encoding': 'br, gzip' },
      });
      expect(head.statusCode).toBe(200);
      expect(head.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(head.headers['content-encoding']).toBeUndefined();
      expect(Number(head.headers['content-length'])).toBe(plain.rawPayload.length);
      expect(head.rawPayload.length).toBe(0);

      // The compressed GET carries no stale length: the same file, smaller on the wire.
      const br = await t.inject({ method: 'GET', url, cookie: admin.cookie, headers: { 'accept-encoding': 'br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(
        br.headers['content-length'] === undefined || Number(br.headers['content-length']) === br.rawPayload.length,
      ).toBe(true);
      expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    });

    it('exports the series and the coordinator’s table', async () => {
      const series = await get(admin, `/api/reporting/uptake/export?table=series&from=${monthsAgo(2)}&to=${to}`);
      expect(series.body.slice(1).trim().split('\r\n')).toHaveLength(5); // header, 3 months, stamp
      expect((await get(admin, `/api/reporting/uptake/export?table=areas`)).json().message).toMatch(/^level: /);

      const [{ id: unitId }] = await t.db.query(
        `SELECT pu.id FROM police_unit pu JOIN app_user u ON u.police_unit_id = pu.id JOIN enrolment e ON e.officer_id = u.id
         WHERE pu.country_code IN (SELECT country_code FROM police_unit GROUP BY 1 HAVING count(*) >= 3)
         GROUP BY pu.id ORDER BY count(*) DESC LIMIT 1`,
      );
      const coordinator = await t.signIn('coordinator', { policeUnitId: unitId });
      const json = (await get(coordinator, `/api/reporting/uptake/my-unit?from=${from}&to=${to}`)).json();
      const csv = (await get(coordinator, `/api/reporting/uptake/export?table=my-unit&from=${from}&to=${to}`)).body
        .slice(1)
        .trim()
        .split('\r\n');
      expect(csv[0]).toBe('figure,unit,countryAverage');
      expect(csv).toContain(`enrolments,${json.unit.enrolments},${json.countryAverage.enrolments ?? ''}`);
      expect(csv).toContain(
        `officersEnrolled,${json.unit.officersEnrolled},${json.countryAverage.officersEnrolled ?? ''}`,
      );
      expect(csv).toHaveLength(14); // header, 12 figures, the export's stamp
    });
  });

  describe('bad input', () => {
    it.each([
      ['/api/reporting/uptake', 400, /^level: /],
      ['/api/reporting/uptake?level=planet', 400, /^level: /],
      ['/api/reporting/uptake?level=country&from=2026-13', 400, /^from: /],
      ['/api/reporting/uptake?level=country&from=2026-05&to=2026-01', 400, /^from: must not be after to/],
      ['/api/reporting/uptake?level=country&from=2000-01&to=2026-01', 400, /^from: a period covers at most/],
      ['/api/reporting/uptake?level=country&from=0000-01', 400, /^from: /],
      ['/api/reporting/uptake?level=country&to=0001-03', 400, /^to: /],
      ['/api/reporting/uptake?level=country&country=ukraine', 400, /^country: /],
      ['/api/reporting/uptake?level=country&country=XX', 404, /^country: no such country/],
      [
        '/api/reporting/uptake?level=country&courseId=00000000-0000-4000-8000-000000000000',
        404,
        /^courseId: no such course/,
      ],
      ['/api/reporting/uptake/export?table=pie', 400, /^table: /],
    ])('%s → %d', async (url, status, message) => {
      const res = await get(admin, url);
      expect(res.statusCode).toBe(status);
      expect(res.json().message).toMatch(message);
    });
  });

  describe('refresh on request', () => {
    it('queues one refresh however often an admin asks, and reports it', async () => {
      const first = await t.inject({
        method: 'POST',
        url: '/api/reporting/uptake/refresh',
        cookie: admin.cookie,
        payload: {},
      });
      expect(first.statusCode).toBe(202);
      const second = await t.inject({
        method: 'POST',
        url: '/api/reporting/uptake/refresh',
        cookie: admin.cookie,
        payload: {},
      });
      expect(second.json().jobId).toBe(first.json().jobId);
      const status = (await get(admin, '/api/reporting/uptake/status')).json();
      expect(status).toEqual(
        expect.objectContaining({ refreshing: true, asOf: expect.any(String), durationMs: expect.any(Number) }),
      );

      // The worker takes it: the figures' time moves on and the status settles.
      const worker = WorkerProcess.start(t.config);
      try {
        await worker.waitForLine(/"worker ready"/);
        const deadline = Date.now() + 45_000;
        let now = status;
        while ((now.refreshing || now.asOf === status.asOf) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 200));
          now = (await get(admin, '/api/reporting/uptake/status')).json();
        }
        expect(now.refreshing).toBe(false);
        expect(new Date(now.asOf).getTime()).toBeGreaterThan(new Date(status.asOf).getTime());
      } finally {
        worker.signal('SIGTERM');
        await worker.waitForExit();
      }
    });

    it('says when a refresh failed after the figures were taken', async () => {
      const before = (await get(admin, '/api/reporting/uptake/status')).json();
      expect(before.failedAt).toBeNull();
      // A worker whose refresh fails (as one would on a database error).
      const failing = new Worker(QueueName.Reporting, async () => Promise.reject(new Error('database went away')), {
        connection: bullConnection(t.config),
        prefix: t.config.redisPrefix,
      });
      try {
        const queued = await t.inject({
          method: 'POST',
          url: '/api/reporting/uptake/refresh',
          cookie: admin.cookie,
          payload: {},
        });
        expect(queued.statusCode).toBe(202);
        const deadline = Date.now() + 20_000;
        let now = before;
        while (!now.failedAt && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100));
          now = (await get(admin, '/api/reporting/uptake/status')).json();
        }
        expect(now).toEqual(
          expect.objectContaining({ refreshing: false, asOf: before.asOf, failedAt: expect.any(String) }),
        );
        expect(new Date(now.failedAt).getTime()).toBeGreaterThan(new Date(before.asOf).getTime());
      } finally {
        await failing.close();
      }
      // The next refresh that succeeds clears it.
      await refresh();
      expect((await get(admin, '/api/reporting/uptake/status')).json().failedAt).toBeNull();
    });
  });
});
