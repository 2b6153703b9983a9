/**
 * Rebuilds the regional-uptake rollups from the raw rows. Everything is read in ONE repeatable-read
 * snapshot, so every figure the dashboard shows describes the same instant (`as_of`), and readers keep
 * seeing the previous rollup until this one commits. The definitions of the figures live in
 * uptake-figures.ts; this file only pre-aggregates the rows they are computed from.
 *
 * `db` must be one connection (a pg Client or a TypeORM QueryRunner): the function runs its own
 * transaction on it. Plain function, no Nest, so the seed and the benchmark call it as the worker does.
 *
 * Last, from the rollups just written, it keeps the default period's figures of every area (the last 12 months
 * up to the month of `now`, the application's clock: what a request without a period, or the portal's first
 * view, asks for) in `uptake_default_area`, their monthly trends and the member firms' delivery, and that period
 * beside the "as of": a cold request for it reads them in one cheap statement instead of counting distinct
 * officers and trainers (uptake-figures.ts).
 */
import { appNow } from '../../core/clock/clock';
import {
  AREAS_FINGERPRINT_SQL,
  UPTAKE_LEVELS,
  defaultPeriod,
  keepDefaultAreasSql,
  keepDefaultFirmsSql,
  keepDefaultMonthsSql,
} from './uptake-figures';

export interface SqlConnection {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** How long a refresh waits for another to finish (a full rebuild takes ~10 s at a million enrolments). */
const LOCK_WAIT = '5min';

/** Month of a timestamp, UTC, as a date (first day). */
export const MONTH_OF = (column: string) => `date_trunc('month', ${column} AT TIME ZONE 'UTC')::date`;

const STEPS: { label: string; sql: string }[] = [
  {
    label: 'seats',
    // Seat-holding enrolments in cohorts that were not cancelled, placed by the officer's unit.
    sql: `CREATE TEMP TABLE uptake_seat ON COMMIT DROP AS
      SELECT e.officer_id, u.police_unit_id, c.course_id, ${MONTH_OF('c.starts_at')} AS month, e.status = 'completed' AS completed
      FROM enrolment e
      JOIN cohort c ON c.id = e.cohort_id
      JOIN app_user u ON u.id = e.officer_id
      WHERE e.status IN ('enrolled', 'completed', 'failed') AND c.status <> 'cancelled' AND u.police_unit_id IS NOT NULL`,
  },
  {
    label: 'unit months',
    sql: `INSERT INTO uptake_unit_month (police_unit_id, month, enrolments, completions)
      SELECT police_unit_id, month, count(*), count(*) FILTER (WHERE completed) FROM uptake_seat GROUP BY 1, 2`,
  },
  {
    label: 'unit course months',
    sql: `INSERT INTO uptake_unit_course_month (course_id, month, police_unit_id, enrolments, completions)
      SELECT course_id, month, police_unit_id, count(*), count(*) FILTER (WHERE completed) FROM uptake_seat GROUP BY 1, 2, 3`,
  },
  {
    label: 'officers',
    sql: `INSERT INTO uptake_officer (officer_id, police_unit_id, months)
      SELECT officer_id, police_unit_id, array_agg(DISTINCT month ORDER BY month) FROM uptake_seat GROUP BY 1, 2`,
  },
  {
    label: 'officers per course',
    sql: `INSERT INTO uptake_officer_course (course_id, officer_id, police_unit_id, months)
      SELECT course_id, officer_id, police_unit_id, array_agg(DISTINCT month ORDER BY month) FROM uptake_seat GROUP BY 1, 2, 3`,
  },
  {
    label: 'cohorts',
    // A co-delivered cohort's co-trainer (a local trainer) delivered it too: kept for "trainers who delivered".
    sql: `INSERT INTO uptake_cohort (cohort_id, month, course_id, police_unit_id, country_code, delivery_mode, trainer_id, member_firm_id, co_trainer_id)
      SELECT c.id, ${MONTH_OF('c.starts_at')}, c.course_id, c.police_unit_id, coalesce(pu.country_code, c.country_code), c.delivery_mode, c.trainer_id, t.member_firm_id, c.co_trainer_id
      FROM cohort c
      LEFT JOIN police_unit pu ON pu.id = c.police_unit_id
      LEFT JOIN app_user t ON t.id = c.trainer_id
      WHERE c.status = 'completed'`,
  },
  {
    label: 'training requests',
    sql: `INSERT INTO uptake_request (training_request_id, month, course_id, police_unit_id, seats, outcome, hours_to_trainer)
      SELECT r.id, ${MONTH_OF('r.created_at')}, r.course_id, r.police_unit_id, r.seats,
        CASE r.status WHEN 'assigned' THEN 'filled' WHEN 'unfilled' THEN 'unfilled' ELSE 'open' END,
        CASE WHEN r.status = 'assigned' THEN extract(epoch FROM r.assigned_at - r.created_at) / 3600 END
      FROM training_request r
      WHERE r.status <> 'cancelled'`,
  },
  {
    label: 'member firms',
    sql: `INSERT INTO uptake_firm_month (member_firm_id, month, course_id, proposed, accepted, declined)
      SELECT t.member_firm_id, ${MONTH_OF('a.proposed_at')}, r.course_id, count(*),
        count(*) FILTER (WHERE a.status IN ('accepted', 'completed')), count(*) FILTER (WHERE a.status = 'declined')
      FROM assignment a
      JOIN training_request r ON r.id = a.training_request_id
      JOIN app_user t ON t.id = a.trainer_id
      WHERE t.member_firm_id IS NOT NULL
      GROUP BY 1, 2, 3`,
  },
  {
    label: 'certifications',
    sql: `INSERT INTO uptake_certification (police_unit_id, active, expiring)
      SELECT u.police_unit_id, count(*), count(*) FILTER (WHERE ce.expires_at <= $1::timestamptz + interval '90 days')
      FROM certification ce
      JOIN app_user u ON u.id = ce.holder_id
      WHERE ce.status = 'active' AND ce.expires_at > $1::timestamptz AND u.police_unit_id IS NOT NULL
      GROUP BY 1`,
  },
  {
    label: 'plan delivery',
    // Approved workplans (issue 18), per country and quarter of their lines: officers planned, officers who
    // completed a line's cohort (its request's, or its self-paced one), and those of them certified by an active
    // certification unexpired at "as of" (as the certifications step) of a programme counting the line's course,
    // issued since the cohort started.
    sql: `INSERT INTO uptake_plan_delivery (country_code, quarter, planned, trained, certified)
      WITH line AS (
        SELECT l.id, w.country_code, l.quarter, l.officers, l.course_id, COALESCE(l.cohort_id, r.cohort_id) AS cohort_id
        FROM plan_line l JOIN workplan w ON w.id = l.workplan_id AND w.status = 'approved'
        LEFT JOIN training_request r ON r.id = l.training_request_id
      ), done AS (
        SELECT DISTINCT line.id AS line_id, line.course_id, c.starts_at, e.officer_id
        FROM line JOIN cohort c ON c.id = line.cohort_id
        JOIN enrolment e ON e.cohort_id = c.id AND e.status = 'completed'
      ), certified AS (
        -- Set-based (a hash join over the completers), not one lookup per officer.
        SELECT DISTINCT d.line_id, d.officer_id
        FROM done d JOIN certification z ON z.holder_id = d.officer_id AND z.status = 'active'
          AND z.expires_at > $1::timestamptz AND z.issued_at >= d.starts_at
        JOIN certification_programme p ON p.id = z.programme_id AND d.course_id = ANY (p.course_ids)
      ), per_line AS (
        SELECT d.line_id, count(*) AS trained, count(x.officer_id) AS certified
        FROM done d LEFT JOIN certified x ON x.line_id = d.line_id AND x.officer_id = d.officer_id
        GROUP BY d.line_id
      )
      SELECT line.country_code, line.quarter, sum(line.officers), COALESCE(sum(d.trained), 0), COALESCE(sum(d.certified), 0)
      FROM line LEFT JOIN per_line d ON d.line_id = line.id
      GROUP BY 1, 2`,
  },
];

const TABLES = [
  'uptake_unit_month',
  'uptake_unit_course_month',
  'uptake_officer',
  'uptake_officer_course',
  'uptake_cohort',
  'uptake_request',
  'uptake_firm_month',
  'uptake_certification',
  'uptake_plan_delivery',
];

/** The default period's figures (areas, monthly trends, member firms), written last from the rollups. */
const KEPT_TABLES = ['uptake_default_area', 'uptake_default_month', 'uptake_default_firm'];

/** The rows of a SELECT, whether the connection is a pg Client ({ rows }) or a TypeORM QueryRunner (an array). */
function rowsOf<T>(result: unknown): T[] {
  return ((Array.isArray(result) ? result : (result as { rows: T[] }).rows) ?? []) as T[];
}

export async function refreshUptake(
  db: SqlConnection,
  onProgress?: (percent: number) => void | Promise<void>,
  options: { now?: Date } = {},
): Promise<{ asOf: Date; durationMs: number }> {
  const started = Date.now();
  const period = defaultPeriod(options.now ?? appNow());
  const periodDates = { from: `${period.from}-01`, to: `${period.to}-01` };
  const steps = STEPS.length + 1;
  // Progress is for the screen: a failure to report it must not fail the refresh.
  const report = async (percent: number) => {
    try {
      await onProgress?.(percent);
    } catch {
      /* best effort */
    }
  };
  let result: { asOf: Date; durationMs: number };
  await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  try {
    // Refreshes one at a time, under a lock of this transaction (nothing held by the connection after it: a
    // pooler in transaction mode may hand the connection to anyone). It is taken before the snapshot, so a
    // refresh that waited never writes an older snapshot after a newer one: LOCK TABLE, unlike any SELECT
    // (`pg_advisory_xact_lock` included), does not fix a repeatable-read transaction's snapshot. The mode
    // conflicts with itself and with writers of uptake_refresh, not with its readers. Bounded, so a holder
    // that never lets go fails this refresh instead of blocking the worker.
    await db.query(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`);
    await db.query(`LOCK TABLE uptake_refresh IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(`SET LOCAL lock_timeout TO DEFAULT`);
    const [{ as_of }] = rowsOf<{ as_of: Date }>(await db.query(`SELECT statement_timestamp() AS as_of`));
    // DELETE, not TRUNCATE: readers keep the previous rollup instead of waiting for this transaction.
    for (const table of [...TABLES, ...KEPT_TABLES]) await db.query(`DELETE FROM ${table}`);
    for (const [i, step] of STEPS.entries()) {
      await db.query(step.sql, step.sql.includes('$1') ? [as_of] : undefined);
      await report(Math.round(((i + 1) / (steps + 1)) * 100));
    }
    // Fresh statistics, or the planner reads a million-row rollup as the empty table it just was.
    for (const table of TABLES) await db.query(`ANALYZE ${table}`);
    // The default period's figures, by the statement a request would run (now over fresh statistics).
    const kept = [
      ...UPTAKE_LEVELS.map((level) => keepDefaultAreasSql(level, periodDates)),
      keepDefaultMonthsSql(periodDates),
      keepDefaultFirmsSql(periodDates),
    ];
    for (const keep of kept) await db.query(keep.sql, keep.params);
    for (const table of KEPT_TABLES) await db.query(`ANALYZE ${table}`);
    await report(Math.round((steps / (steps + 1)) * 100));
    const durationMs = Date.now() - started;
    await db.query(
      `INSERT INTO uptake_refresh (id, as_of, duration_ms, default_from, default_to, areas_fingerprint)
       VALUES (1, $1, $2, $3, $4, ${AREAS_FINGERPRINT_SQL})
       ON CONFLICT (id) DO UPDATE SET as_of = excluded.as_of, duration_ms = excluded.duration_ms,
         default_from = excluded.default_from, default_to = excluded.default_to,
         areas_fingerprint = excluded.areas_fingerprint`,
      [as_of, durationMs, periodDates.from, periodDates.to],
    );
    await db.query('COMMIT');
    result = { asOf: new Date(as_of), durationMs };
  } catch (err) {
    await db.query('ROLLBACK');
    throw err;
  }
  await report(100);
  return result;
}
