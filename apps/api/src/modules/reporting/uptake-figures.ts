/**
 * The regional-uptake figures, each defined once, here, over the rollup tables that uptake-rollup.ts
 * fills (README "Regional uptake" explains them in words). One SQL statement per view so that all its
 * figures come from one snapshot of the rollup, together with the rollup's `as_of`.
 */
export const UPTAKE_LEVELS = ['region', 'country', 'unit'] as const;
export type UptakeLevel = (typeof UPTAKE_LEVELS)[number];

export interface UptakeScope {
  /** First day of the first and of the last month of the period. */
  from: string;
  to: string;
  /** Only these courses (topic or course filter); null for all. */
  courseIds: string[] | null;
  region?: string;
  country?: string;
  unitId?: string;
}

export interface AreaFigures {
  unitsKnown: number;
  unitsReached: number;
  officersEnrolled: number;
  enrolments: number;
  completions: number;
  activeCertifications: number;
  expiringCertifications: number;
  cohortsDelivered: number;
  cohortsOnline: number;
  cohortsInPerson: number;
  cohortsBlended: number;
  trainersDelivered: number;
  requestsRaised: number;
  requestsFilled: number;
  requestsUnfilled: number;
  seatsRequested: number;
  seatsFilled: number;
  medianHoursToTrainer: number | null;
}

export const ZERO_FIGURES: AreaFigures = {
  unitsKnown: 0,
  unitsReached: 0,
  officersEnrolled: 0,
  enrolments: 0,
  completions: 0,
  activeCertifications: 0,
  expiringCertifications: 0,
  cohortsDelivered: 0,
  cohortsOnline: 0,
  cohortsInPerson: 0,
  cohortsBlended: 0,
  trainersDelivered: 0,
  requestsRaised: 0,
  requestsFilled: 0,
  requestsUnfilled: 0,
  seatsRequested: 0,
  seatsFilled: 0,
  medianHoursToTrainer: null,
};

/**
 * A count as PostgreSQL sends it: `count(*)` and `sum` are bigint or numeric, which node-postgres gives as
 * text; the statements that cast to int give numbers.
 */
type DbNumber = string | number;

/** A row of `areaFiguresSql`; `toAreaFigures` turns it into numbers. */
export interface AreaFiguresRow {
  key: string | null;
  as_of: Date | null;
  units_known: DbNumber;
  units_reached: DbNumber;
  officers_enrolled: DbNumber;
  enrolments: DbNumber;
  completions: DbNumber;
  active_certifications: DbNumber;
  expiring_certifications: DbNumber;
  cohorts_delivered: DbNumber;
  cohorts_online: DbNumber;
  cohorts_in_person: DbNumber;
  cohorts_blended: DbNumber;
  trainers_delivered: DbNumber;
  requests_raised: DbNumber;
  requests_filled: DbNumber;
  requests_unfilled: DbNumber;
  seats_requested: DbNumber;
  seats_filled: DbNumber;
  median_hours_to_trainer: DbNumber | null;
}

/** A row of `monthlySeriesSql` (its counts are cast to int). */
export interface MonthFiguresRow {
  month: string;
  as_of: Date | null;
  enrolments: number;
  completions: number;
  cohorts_delivered: number;
  requests_raised: number;
  requests_filled: number;
}

/** A row of `firmFiguresSql` (its counts are cast to int). */
export interface FirmFiguresRow {
  firm_id: string;
  name: string;
  country_code: string;
  as_of: Date | null;
  trainers: number;
  trainers_delivered: number;
  cohorts_delivered: number;
  assignments_proposed: number;
  assignments_accepted: number;
  assignments_declined: number;
}

/** Positional parameters, each bound once however often the statement uses it. */
export class SqlParams {
  readonly values: unknown[] = [];
  private readonly named = new Map<string, string>();

  bind(name: string, value: unknown, type: string): string {
    let ref = this.named.get(name);
    if (!ref) {
      this.values.push(value);
      ref = `$${this.values.length}::${type}`;
      this.named.set(name, ref);
    }
    return ref;
  }
}

const KEY: Record<UptakeLevel, string> = {
  region: 'c.region_code::text',
  country: 'c.code::text',
  unit: 'pu.id::text',
};

/** The period and course conditions on a rollup table `x`. */
function taught(scope: UptakeScope, p: SqlParams, conditions: string[]): string {
  const all = [...conditions];
  if (scope.courseIds) all.push(`x.course_id = ANY(${p.bind('courses', scope.courseIds, 'uuid[]')})`);
  return all.length ? `WHERE ${all.join(' AND ')}` : '';
}

/** Conditions on the area: `c` the country, `pu` the unit. */
function placed(scope: UptakeScope, p: SqlParams): string[] {
  const all: string[] = [];
  if (scope.region) all.push(`c.region_code = ${p.bind('region', scope.region, 'text')}`);
  if (scope.country) all.push(`c.code = ${p.bind('country', scope.country, 'text')}`);
  if (scope.unitId) all.push(`pu.id = ${p.bind('unit', scope.unitId, 'uuid')}`);
  return all;
}

function period(scope: UptakeScope, p: SqlParams): string {
  return `x.month BETWEEN ${p.bind('from', scope.from, 'date')} AND ${p.bind('to', scope.to, 'date')}`;
}

/** Months of the period as an array, for the overlap test against an officer's months. */
function periodMonths(scope: UptakeScope, p: SqlParams): string {
  return `ARRAY(SELECT generate_series(${p.bind('from', scope.from, 'date')}, ${p.bind('to', scope.to, 'date')}, interval '1 month')::date)`;
}

const UNIT_AREA = 'JOIN police_unit pu ON pu.id = x.police_unit_id JOIN country c ON c.code = pu.country_code';

/**
 * Every figure of every area at one level, and of the whole scope (key 'total'), in one statement.
 * Figures kept per unit are aggregated per unit first (hash aggregates over the rollup), then summed
 * per area and for the total: officers belong to one unit, so their distinct count adds up across units.
 * Distinct trainers do not add up across areas, so the total counts them on its own.
 */
export function areaFiguresSql(level: UptakeLevel, scope: UptakeScope): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const key = KEY[level];
  const filtered = scope.courseIds !== null;
  const area = placed(scope, p);
  const areaWhere = area.length ? `WHERE ${area.join(' AND ')}` : '';
  // The course filter needs the per-course tables; without it the smaller all-course ones answer.
  const seatTable = filtered ? 'uptake_unit_course_month' : 'uptake_unit_month';
  // Per course, an officer has a row per course taken: de-duplicate before counting per unit.
  const officers = filtered
    ? `SELECT police_unit_id, count(*) AS officers FROM (
         SELECT DISTINCT x.police_unit_id, x.officer_id FROM uptake_officer_course x ${taught(scope, p, [`x.months && ${periodMonths(scope, p)}`])}) o GROUP BY 1`
    : `SELECT x.police_unit_id, count(*) AS officers FROM uptake_officer x WHERE x.months && ${periodMonths(scope, p)} GROUP BY 1`;
  const total = (column: string) => `CASE WHEN grouping(${column}) = 1 THEN 'total' ELSE ${column} END`;
  const sql = `
    WITH
    scope_unit AS MATERIALIZED (
      SELECT pu.id, ${key} AS key FROM police_unit pu JOIN country c ON c.code = pu.country_code ${areaWhere}),
    unit_seats AS (
      SELECT x.police_unit_id, sum(x.enrolments) AS enrolments, sum(x.completions) AS completions
      FROM ${seatTable} x ${taught(scope, p, [period(scope, p)])} GROUP BY 1),
    unit_officers AS (${officers}),
    by_unit AS (
      SELECT ${total('su.key')} AS key, count(*) AS units_known, count(o.officers) AS units_reached,
        coalesce(sum(o.officers), 0) AS officers_enrolled,
        coalesce(sum(s.enrolments), 0) AS enrolments, coalesce(sum(s.completions), 0) AS completions,
        coalesce(sum(ce.active), 0) AS active_certifications, coalesce(sum(ce.expiring), 0) AS expiring_certifications
      FROM scope_unit su
      LEFT JOIN unit_seats s ON s.police_unit_id = su.id
      LEFT JOIN unit_officers o ON o.police_unit_id = su.id
      LEFT JOIN uptake_certification ce ON ce.police_unit_id = su.id
      GROUP BY GROUPING SETS ((su.key), ())),
    cohort_rows AS MATERIALIZED (
      SELECT ${key} AS key, x.trainer_id, x.co_trainer_id, x.delivery_mode
      FROM uptake_cohort x LEFT JOIN police_unit pu ON pu.id = x.police_unit_id LEFT JOIN country c ON c.code = x.country_code
      ${taught(scope, p, [period(scope, p), ...area])}),
    cohort_modes AS (
      SELECT ${total('key')} AS key, count(*) AS cohorts_delivered,
        count(*) FILTER (WHERE delivery_mode = 'online') AS cohorts_online,
        count(*) FILTER (WHERE delivery_mode = 'in_person') AS cohorts_in_person,
        count(*) FILTER (WHERE delivery_mode = 'blended') AS cohorts_blended
      FROM cohort_rows GROUP BY GROUPING SETS ((key), ())),
    -- Whoever delivered: the trainer (an expert or a local trainer) and a co-delivered cohort's co-trainer.
    area_trainers AS (
      SELECT key, trainer_id FROM cohort_rows WHERE trainer_id IS NOT NULL
      UNION SELECT key, co_trainer_id FROM cohort_rows WHERE co_trainer_id IS NOT NULL),
    trainer_counts AS (
      SELECT key, count(*) AS trainers_delivered FROM area_trainers WHERE key IS NOT NULL GROUP BY key
      UNION ALL
      SELECT 'total', count(*) FROM (SELECT DISTINCT trainer_id FROM area_trainers) t),
    cohorts AS (
      SELECT m.key, m.cohorts_delivered, m.cohorts_online, m.cohorts_in_person, m.cohorts_blended, coalesce(t.trainers_delivered, 0) AS trainers_delivered
      FROM cohort_modes m LEFT JOIN trainer_counts t ON t.key = m.key WHERE m.key IS NOT NULL),
    requests AS (
      SELECT ${total('su.key')} AS key, count(*) AS requests_raised,
        count(*) FILTER (WHERE x.outcome = 'filled') AS requests_filled,
        count(*) FILTER (WHERE x.outcome = 'unfilled') AS requests_unfilled,
        sum(x.seats) AS seats_requested, coalesce(sum(x.seats) FILTER (WHERE x.outcome = 'filled'), 0) AS seats_filled,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY x.hours_to_trainer) FILTER (WHERE x.outcome = 'filled') AS median_hours_to_trainer
      FROM uptake_request x JOIN scope_unit su ON su.id = x.police_unit_id
      ${taught(scope, p, [period(scope, p)])} GROUP BY GROUPING SETS ((su.key), ()))
    SELECT k.key, (SELECT as_of FROM uptake_refresh) AS as_of,
      coalesce(u.units_known, 0) AS units_known, coalesce(u.units_reached, 0) AS units_reached,
      coalesce(u.officers_enrolled, 0) AS officers_enrolled,
      coalesce(u.enrolments, 0) AS enrolments, coalesce(u.completions, 0) AS completions,
      coalesce(u.active_certifications, 0) AS active_certifications, coalesce(u.expiring_certifications, 0) AS expiring_certifications,
      coalesce(co.cohorts_delivered, 0) AS cohorts_delivered, coalesce(co.cohorts_online, 0) AS cohorts_online,
      coalesce(co.cohorts_in_person, 0) AS cohorts_in_person, coalesce(co.cohorts_blended, 0) AS cohorts_blended,
      coalesce(co.trainers_delivered, 0) AS trainers_delivered,
      coalesce(r.requests_raised, 0) AS requests_raised, coalesce(r.requests_filled, 0) AS requests_filled,
      coalesce(r.requests_unfilled, 0) AS requests_unfilled, coalesce(r.seats_requested, 0) AS seats_requested,
      coalesce(r.seats_filled, 0) AS seats_filled, r.median_hours_to_trainer
    FROM (SELECT key FROM by_unit UNION SELECT key FROM cohorts UNION SELECT key FROM requests UNION SELECT 'total') k
    LEFT JOIN by_unit u ON u.key = k.key LEFT JOIN cohorts co ON co.key = k.key LEFT JOIN requests r ON r.key = k.key`;
  return { sql, params: p.values };
}

/**
 * A fingerprint of which region each country is in. The rollups and the kept figures group countries into regions
 * as they were at the refresh; the views list a region's countries as they are now. Kept figures are read, and
 * cached figures kept, only while the two agree: after a country moves to another region until the next refresh,
 * a region's total computed with it inside, beside its countries listed without it, would give away the moved
 * country's figures (the region less its countries), which withholding exists to prevent.
 */
export const AREAS_FINGERPRINT_SQL = `(SELECT md5(coalesce(string_agg(code || ':' || region_code, ',' ORDER BY code), '')) FROM country)`;

/** The default period: the last 12 whole UTC months up to and including the month of `now` (YYYY-MM). */
export const DEFAULT_PERIOD_MONTHS = 12;
export function defaultPeriod(now: Date): { from: string; to: string } {
  const month = (index: number) =>
    `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  const to = now.getUTCFullYear() * 12 + now.getUTCMonth();
  return { from: month(to - (DEFAULT_PERIOD_MONTHS - 1)), to: month(to) };
}

/** The figures of `areaFiguresSql` the refresh keeps for the default period (units known is read live). */
const KEPT_FIGURES = [
  'units_reached',
  'officers_enrolled',
  'enrolments',
  'completions',
  'active_certifications',
  'expiring_certifications',
  'cohorts_delivered',
  'cohorts_online',
  'cohorts_in_person',
  'cohorts_blended',
  'trainers_delivered',
  'requests_raised',
  'requests_filled',
  'requests_unfilled',
  'seats_requested',
  'seats_filled',
  'median_hours_to_trainer',
] as const;

/**
 * The refresh's statement that keeps the default period's figures of every area at `level` (no place, no
 * course filter) in `uptake_default_area`: `areaFiguresSql` itself, so what is kept is what a request would
 * compute. The whole scope's row ('total') is the same at every level; the region level keeps it.
 */
export function keepDefaultAreasSql(level: UptakeLevel, period: { from: string; to: string }) {
  const { sql, params } = areaFiguresSql(level, { from: period.from, to: period.to, courseIds: null });
  const columns = KEPT_FIGURES.join(', ');
  return {
    sql: `INSERT INTO uptake_default_area (level, key, ${columns})
      SELECT CASE WHEN f.key = 'total' THEN 'total' ELSE '${level}' END, f.key, ${columns}
      FROM (${sql}) f
      WHERE f.key IS NOT NULL${level === 'region' ? '' : ` AND f.key <> 'total'`}`,
    params,
  };
}

/**
 * Whether the figures kept for the default period answer `level` over `scope` (when the period is the default
 * one): no course filter, and at most one place no finer than the level, so that each row the level lists is
 * a whole area (a region's countries, a country's units) and the total is the place itself. Otherwise (a
 * region listed within one country, a topic) the figures are computed.
 */
export function keptAnswers(level: UptakeLevel, scope: UptakeScope): boolean {
  if (scope.courseIds !== null) return false;
  const places = [scope.region, scope.country, scope.unitId].filter((p) => p !== undefined && p !== null);
  if (places.length > 1) return false;
  if (scope.country) return level !== 'region';
  if (scope.unitId) return level === 'unit';
  return true;
}

/**
 * The default period's figures of every area at one level within the scope, and of the whole scope (key
 * 'total'), as `areaFiguresSql` gives them, from the rows the refresh kept: one cheap statement. Units known is
 * counted live, as there. No row when the kept period is not the scope's (a refresh for a later month has
 * committed since the period was checked): the caller then computes them.
 */
export function keptAreaFiguresSql(level: UptakeLevel, scope: UptakeScope): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const key = KEY[level];
  const area = placed(scope, p);
  const areaWhere = area.length ? `WHERE ${area.join(' AND ')}` : '';
  // The rows of the level within the place: each key placed by the live area it names (as the list of areas is).
  const rows = {
    region: `SELECT d.* FROM uptake_default_area d WHERE d.level = 'region'${scope.region ? ` AND d.key = ${p.bind('region', scope.region, 'text')}` : ''}`,
    country: `SELECT d.* FROM uptake_default_area d JOIN country c ON c.code::text = d.key WHERE d.level = 'country'${area.length ? ` AND ${area.join(' AND ')}` : ''}`,
    unit: `SELECT d.* FROM uptake_default_area d JOIN police_unit pu ON pu.id::text = d.key JOIN country c ON c.code = pu.country_code WHERE d.level = 'unit'${area.length ? ` AND ${area.join(' AND ')}` : ''}`,
  }[level];
  // The whole scope: the place's own row (a place is a whole area), or everything's.
  const [totalLevel, totalKey] = scope.unitId
    ? ['unit', p.bind('unit', scope.unitId, 'uuid')]
    : scope.country
      ? ['country', p.bind('country', scope.country, 'text')]
      : scope.region
        ? ['region', p.bind('region', scope.region, 'text')]
        : ['total', `'total'`];
  const columns = (alias: string) => KEPT_FIGURES.map((f) => `${alias}.${f}`).join(', ');
  const sql = `
    WITH
    scope_unit AS MATERIALIZED (
      SELECT pu.id, ${key} AS key FROM police_unit pu JOIN country c ON c.code = pu.country_code ${areaWhere}),
    known AS (
      SELECT CASE WHEN grouping(key) = 1 THEN 'total' ELSE key END AS key, count(*) AS units_known
      FROM scope_unit GROUP BY GROUPING SETS ((key), ())),
    kept AS (
      SELECT d.key, ${columns('d')} FROM (${rows}) d
      UNION ALL
      SELECT 'total', ${columns('d')} FROM uptake_default_area d WHERE d.level = '${totalLevel}' AND d.key = ${totalKey}::text)
    SELECT coalesce(k.key, d.key) AS key, r.as_of, coalesce(k.units_known, 0) AS units_known,
      ${KEPT_FIGURES.map((f) => (f === 'median_hours_to_trainer' ? `d.${f}` : `coalesce(d.${f}, 0) AS ${f}`)).join(', ')}
    FROM uptake_refresh r
    JOIN (known k FULL JOIN kept d ON d.key = k.key) ON true
    WHERE r.default_from = ${p.bind('from', scope.from, 'date')} AND r.default_to = ${p.bind('to', scope.to, 'date')}`;
  return { sql, params: p.values };
}

export function toAreaFigures(row: AreaFiguresRow): AreaFigures {
  const n = (column: Exclude<keyof AreaFiguresRow, 'key' | 'as_of'>) => Number(row[column] ?? 0);
  const median = row.median_hours_to_trainer;
  return {
    unitsKnown: n('units_known'),
    unitsReached: n('units_reached'),
    officersEnrolled: n('officers_enrolled'),
    enrolments: n('enrolments'),
    completions: n('completions'),
    activeCertifications: n('active_certifications'),
    expiringCertifications: n('expiring_certifications'),
    cohortsDelivered: n('cohorts_delivered'),
    cohortsOnline: n('cohorts_online'),
    cohortsInPerson: n('cohorts_in_person'),
    cohortsBlended: n('cohorts_blended'),
    trainersDelivered: n('trainers_delivered'),
    requestsRaised: n('requests_raised'),
    requestsFilled: n('requests_filled'),
    requestsUnfilled: n('requests_unfilled'),
    seatsRequested: n('seats_requested'),
    seatsFilled: n('seats_filled'),
    medianHoursToTrainer: median === null || median === undefined ? null : Math.round(Number(median) * 10) / 10,
  };
}

/** The trend: every month of the period, in one statement. */
export function monthlySeriesSql(scope: UptakeScope): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const filtered = scope.courseIds !== null;
  const area = placed(scope, p);
  const inArea = area.length > 0;
  const seatTable = filtered ? 'uptake_unit_course_month' : 'uptake_unit_month';
  const sql = `
    WITH
    months AS (SELECT unnest(${periodMonths(scope, p)}) AS month),
    seats AS (
      SELECT x.month, sum(x.enrolments)::int AS enrolments, sum(x.completions)::int AS completions
      FROM ${seatTable} x ${inArea ? UNIT_AREA : ''}
      ${taught(scope, p, [period(scope, p), ...area])} GROUP BY 1),
    cohorts AS (
      SELECT x.month, count(*)::int AS cohorts_delivered
      FROM uptake_cohort x ${inArea ? 'LEFT JOIN police_unit pu ON pu.id = x.police_unit_id LEFT JOIN country c ON c.code = x.country_code' : ''}
      ${taught(scope, p, [period(scope, p), ...area])} GROUP BY 1),
    requests AS (
      SELECT x.month, count(*)::int AS requests_raised, count(*) FILTER (WHERE x.outcome = 'filled')::int AS requests_filled
      FROM uptake_request x ${inArea ? UNIT_AREA : ''}
      ${taught(scope, p, [period(scope, p), ...area])} GROUP BY 1)
    SELECT to_char(m.month, 'YYYY-MM') AS month, (SELECT as_of FROM uptake_refresh) AS as_of,
      coalesce(s.enrolments, 0) AS enrolments, coalesce(s.completions, 0) AS completions,
      coalesce(co.cohorts_delivered, 0) AS cohorts_delivered,
      coalesce(r.requests_raised, 0) AS requests_raised, coalesce(r.requests_filled, 0) AS requests_filled
    FROM months m
    LEFT JOIN seats s ON s.month = m.month LEFT JOIN cohorts co ON co.month = m.month LEFT JOIN requests r ON r.month = m.month
    ORDER BY m.month`;
  return { sql, params: p.values };
}

/**
 * The refresh's statement that keeps the default period's monthly trend of every unit, country and region and of
 * everything in `uptake_default_month`: the sums `monthlySeriesSql` makes for one place, made for each place at
 * once (the same joins placing each rollup row; everything's without them, as there).
 */
export function keepDefaultMonthsSql(months: { from: string; to: string }): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const inPeriod = period({ ...months, courseIds: null }, p);
  const each = `CROSS JOIN LATERAL (VALUES ('unit', s.unit), ('country', s.country), ('region', s.region)) a(level, key)`;
  const sql = `
    INSERT INTO uptake_default_month (level, key, month, enrolments, completions, cohorts_delivered, requests_raised, requests_filled)
    WITH
    seats AS (
      SELECT a.level, a.key, s.month, sum(s.enrolments)::int AS enrolments, sum(s.completions)::int AS completions
      FROM (SELECT x.month, x.enrolments, x.completions, pu.id::text AS unit, c.code::text AS country, c.region_code::text AS region
            FROM uptake_unit_month x ${UNIT_AREA} WHERE ${inPeriod}) s ${each}
      GROUP BY 1, 2, 3
      UNION ALL
      SELECT 'total', 'total', x.month, sum(x.enrolments)::int, sum(x.completions)::int FROM uptake_unit_month x WHERE ${inPeriod} GROUP BY 3),
    cohorts AS (
      SELECT a.level, a.key, s.month, count(*)::int AS cohorts_delivered
      FROM (SELECT x.month, pu.id::text AS unit, c.code::text AS country, c.region_code::text AS region
            FROM uptake_cohort x LEFT JOIN police_unit pu ON pu.id = x.police_unit_id LEFT JOIN country c ON c.code = x.country_code
            WHERE ${inPeriod}) s ${each}
      WHERE a.key IS NOT NULL GROUP BY 1, 2, 3
      UNION ALL
      SELECT 'total', 'total', x.month, count(*)::int FROM uptake_cohort x WHERE ${inPeriod} GROUP BY 3),
    requests AS (
      SELECT a.level, a.key, s.month, count(*)::int AS requests_raised, count(*) FILTER (WHERE s.outcome = 'filled')::int AS requests_filled
      FROM (SELECT x.month, x.outcome, pu.id::text AS unit, c.code::text AS country, c.region_code::text AS region
            FROM uptake_request x ${UNIT_AREA} WHERE ${inPeriod}) s ${each}
      GROUP BY 1, 2, 3
      UNION ALL
      SELECT 'total', 'total', x.month, count(*)::int, count(*) FILTER (WHERE x.outcome = 'filled')::int
      FROM uptake_request x WHERE ${inPeriod} GROUP BY 3)
    SELECT level, key, month, coalesce(s.enrolments, 0), coalesce(s.completions, 0), coalesce(co.cohorts_delivered, 0),
      coalesce(r.requests_raised, 0), coalesce(r.requests_filled, 0)
    FROM seats s FULL JOIN cohorts co USING (level, key, month) FULL JOIN requests r USING (level, key, month)`;
  return { sql, params: p.values };
}

/** The place a kept trend or total is of: [level, key] (everything: ['total', 'total']). */
function keptPlace(scope: UptakeScope, p: SqlParams): [string, string] {
  if (scope.unitId) return ['unit', `${p.bind('unit', scope.unitId, 'uuid')}::text`];
  if (scope.country) return ['country', p.bind('country', scope.country, 'text')];
  if (scope.region) return ['region', p.bind('region', scope.region, 'text')];
  return ['total', `'total'`];
}

/** Whether the trend kept for the default period answers `scope`: no course filter, at most one place. */
export function keptSeriesAnswers(scope: UptakeScope): boolean {
  return scope.courseIds === null && [scope.region, scope.country, scope.unitId].filter((x) => x).length <= 1;
}

/**
 * `monthlySeriesSql`'s rows from the trend the refresh kept for the default period; none when the kept period is
 * not the scope's (the caller then computes them).
 */
export function keptSeriesSql(scope: UptakeScope): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const [level, key] = keptPlace(scope, p);
  const sql = `
    SELECT to_char(m.month, 'YYYY-MM') AS month, r.as_of,
      coalesce(d.enrolments, 0) AS enrolments, coalesce(d.completions, 0) AS completions,
      coalesce(d.cohorts_delivered, 0) AS cohorts_delivered,
      coalesce(d.requests_raised, 0) AS requests_raised, coalesce(d.requests_filled, 0) AS requests_filled
    FROM uptake_refresh r
    JOIN (SELECT unnest(${periodMonths(scope, p)}) AS month) m ON true
    LEFT JOIN uptake_default_month d ON d.level = '${level}' AND d.key = ${key} AND d.month = m.month
    WHERE r.default_from = ${p.bind('from', scope.from, 'date')} AND r.default_to = ${p.bind('to', scope.to, 'date')}
    ORDER BY m.month`;
  return { sql, params: p.values };
}

/** The refresh's statement that keeps each member firm's delivery in the default period (`firmFiguresSql`'s). */
export function keepDefaultFirmsSql(months: { from: string; to: string }): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const sql = `
    INSERT INTO uptake_default_firm (member_firm_id, cohorts_delivered, trainers_delivered, assignments_proposed, assignments_accepted, assignments_declined)
    WITH ${firmDelivery({ ...months, courseIds: null }, p)}
    SELECT coalesce(co.member_firm_id, a.member_firm_id), coalesce(co.cohorts_delivered, 0), coalesce(co.trainers_delivered, 0),
      coalesce(a.proposed, 0), coalesce(a.accepted, 0), coalesce(a.declined, 0)
    FROM cohorts co FULL JOIN assignments a ON a.member_firm_id = co.member_firm_id
    WHERE coalesce(co.member_firm_id, a.member_firm_id) IS NOT NULL`;
  return { sql, params: p.values };
}

/** What each member firm's trainers delivered in the period (cohorts) and were proposed (assignments). */
function firmDelivery(scope: UptakeScope, p: SqlParams): string {
  const course = scope.courseIds ? `AND x.course_id = ANY(${p.bind('courses', scope.courseIds, 'uuid[]')})` : '';
  return `
    cohorts AS (
      SELECT x.member_firm_id, count(*)::int AS cohorts_delivered, count(DISTINCT x.trainer_id)::int AS trainers_delivered
      FROM uptake_cohort x WHERE ${period(scope, p)} ${course} GROUP BY 1),
    assignments AS (
      SELECT x.member_firm_id, sum(x.proposed)::int AS proposed, sum(x.accepted)::int AS accepted, sum(x.declined)::int AS declined
      FROM uptake_firm_month x WHERE ${period(scope, p)} ${course} GROUP BY 1)`;
}

/** Each member firm's contribution: its roster (now) and what its trainers delivered in the period. */
export function firmFiguresSql(
  scope: UptakeScope,
  firmId: string | null,
  kept = false,
): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  // Kept (the default period, no course filter: `keepDefaultFirmsSql`), or computed from the rollups.
  const delivery = kept
    ? `
    cohorts AS (SELECT member_firm_id, cohorts_delivered, trainers_delivered FROM uptake_default_firm),
    assignments AS (
      SELECT member_firm_id, assignments_proposed AS proposed, assignments_accepted AS accepted, assignments_declined AS declined
      FROM uptake_default_firm)`
    : firmDelivery(scope, p);
  const conditions = [
    ...(firmId ? [`f.id = ${p.bind('firm', firmId, 'uuid')}`] : []),
    // None when the kept period is not the scope's (the caller then computes them).
    ...(kept
      ? [
          `EXISTS (SELECT 1 FROM uptake_refresh WHERE default_from = ${p.bind('from', scope.from, 'date')} AND default_to = ${p.bind('to', scope.to, 'date')})`,
        ]
      : []),
  ];
  const sql = `
    WITH
    ${delivery},
    roster AS (
      SELECT member_firm_id, count(*)::int AS trainers FROM app_user
      WHERE role = 'trainer' AND disabled_at IS NULL AND member_firm_id IS NOT NULL GROUP BY 1)
    SELECT f.id AS firm_id, f.name, f.country_code, (SELECT as_of FROM uptake_refresh) AS as_of,
      coalesce(ro.trainers, 0) AS trainers, coalesce(co.trainers_delivered, 0) AS trainers_delivered,
      coalesce(co.cohorts_delivered, 0) AS cohorts_delivered, coalesce(a.proposed, 0) AS assignments_proposed,
      coalesce(a.accepted, 0) AS assignments_accepted, coalesce(a.declined, 0) AS assignments_declined
    FROM member_firm f
    LEFT JOIN roster ro ON ro.member_firm_id = f.id LEFT JOIN cohorts co ON co.member_firm_id = f.id LEFT JOIN assignments a ON a.member_firm_id = f.id
    ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY f.name`;
  return { sql, params: p.values };
}

/** Names and places of the areas a level lists (all of them, with or without figures). */
export function areasSql(
  level: UptakeLevel,
  scope: Pick<UptakeScope, 'region' | 'country' | 'unitId'>,
): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const conditions: string[] = [];
  if (scope.region) conditions.push(`c.region_code = ${p.bind('region', scope.region, 'text')}`);
  if (scope.country) conditions.push(`c.code = ${p.bind('country', scope.country, 'text')}`);
  if (scope.unitId) conditions.push(`pu.id = ${p.bind('unit', scope.unitId, 'uuid')}`);
  const filter = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const sql = {
    region: `SELECT DISTINCT r.code AS key, r.name, r.code AS region_code, NULL::text AS country_code, false AS hotspot
      FROM region r ${conditions.length ? `JOIN country c ON c.region_code = r.code ${scope.unitId ? 'JOIN police_unit pu ON pu.country_code = c.code' : ''}` : ''} ${filter} ORDER BY r.name`,
    country: `SELECT c.code AS key, c.name, c.region_code, c.code AS country_code, c.hotspot
      FROM country c ${scope.unitId ? 'JOIN police_unit pu ON pu.country_code = c.code' : ''} ${filter} ORDER BY c.name`,
    unit: `SELECT pu.id::text AS key, pu.name, c.region_code, c.code AS country_code, c.hotspot
      FROM police_unit pu JOIN country c ON c.code = pu.country_code ${filter} ORDER BY c.name, pu.name`,
  }[level];
  return { sql, params: p.values };
}
