// Regional uptake at national scale: the demo seed plus a generated history (1,000,000 enrolments of
// 100,000 officers in 2,000 units, 10,000 trainers, 24 months), the rollup refreshed as the worker
// does it, then the dashboard's main calls through the API beside the best hand-written SQL over the
// raw tables computing the same figures, on the same database, in the same run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, progress, scratchDatabase, startApi, table } from './lib.mjs';

const require = createRequire(import.meta.url);
const num = (name, fallback) => Number(process.env[name] ?? fallback);
const RUNS = num('BENCH_UPTAKE_RUNS', 30);
const WARMUP = 3;
const MONTHS = num('BENCH_UPTAKE_MONTHS', 24);
const TOPIC = process.env.BENCH_UPTAKE_TOPIC ?? 'digital-forensics';
const ADMIN = { email: 'admin@icspa.test', password: 'Academy!2024' };

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function month(offset) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
}

async function time(label, fn) {
  const started = performance.now();
  const result = await fn();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** The same figures as the API's, straight from the raw tables (definitions: README "Regional uptake"). */
export function areaSql(level, { country, topic, asOf = new Date(), from: fromMonth = FROM } = {}) {
  const params = [];
  const bind = (value, type) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const from = bind(`${fromMonth}-01T00:00:00Z`, 'timestamptz');
  const to = bind(`${month(1)}-01T00:00:00Z`, 'timestamptz');
  // Certifications are counted at the rollup's instant, as the API counts them.
  const at = bind(new Date(asOf).toISOString(), 'timestamptz');
  const countryRef = country ? bind(country, 'text') : null;
  const courses = topic
    ? `AND co.course_id IN (SELECT id FROM course WHERE topics @> ARRAY[${bind(topic, 'varchar')}])`
    : '';
  const requestCourses = courses.replace('co.course_id', 'r.course_id');
  const unitKey = { region: 'c.region_code::text', country: 'pu.country_code::text', unit: 'pu.id::text' }[level];
  // A cohort's area: its reserved unit (and that unit's country), else its own country.
  const cohortArea = {
    region: `LEFT JOIN police_unit pu ON pu.id = co.police_unit_id LEFT JOIN country c ON c.code = coalesce(pu.country_code, co.country_code)`,
    country: `LEFT JOIN police_unit pu ON pu.id = co.police_unit_id`,
    unit: `JOIN su ON su.id = co.police_unit_id`,
  }[level];
  const cohortKey = {
    region: 'c.region_code::text',
    country: 'coalesce(pu.country_code, co.country_code)::text',
    unit: 'su.key',
  }[level];
  const keys = {
    region: `SELECT code::text AS key, name FROM region`,
    country: `SELECT code::text AS key, name FROM country`,
    unit: `SELECT id::text AS key, name FROM police_unit ${countryRef ? `WHERE country_code = ${countryRef}` : ''}`,
  }[level];
  const total = (expr) => `CASE WHEN grouping(${expr}) = 1 THEN 'total' ELSE ${expr} END`;
  const sql = `
    WITH su AS MATERIALIZED (
      SELECT pu.id, ${unitKey} AS key FROM police_unit pu JOIN country c ON c.code = pu.country_code ${countryRef ? `WHERE pu.country_code = ${countryRef}` : ''}),
    known AS (SELECT ${total('key')} AS key, count(*) AS units_known FROM su GROUP BY ROLLUP (key)),
    -- Per officer first (a hash aggregate, no sort of a million rows), then per area: distinct officers
    -- are the officer rows, and distinct units come from 100,000 rows instead of a million.
    per_officer AS (
      SELECT e.officer_id, count(*) AS enrolments, count(*) FILTER (WHERE e.status = 'completed') AS completions
      FROM enrolment e JOIN cohort co ON co.id = e.cohort_id
      WHERE e.status IN ('enrolled', 'completed', 'failed') AND co.status <> 'cancelled' AND co.starts_at >= ${from} AND co.starts_at < ${to} ${courses}
        ${countryRef ? 'AND e.officer_id IN (SELECT au.id FROM app_user au JOIN su ON su.id = au.police_unit_id)' : ''}
      GROUP BY e.officer_id),
    learning AS (
      SELECT ${total('su.key')} AS key, sum(p.enrolments) AS enrolments, sum(p.completions) AS completions,
        count(*) AS officers_enrolled, count(DISTINCT su.id) AS units_reached
      FROM per_officer p JOIN app_user au ON au.id = p.officer_id JOIN su ON su.id = au.police_unit_id
      GROUP BY ROLLUP (su.key)),
    certs AS (
      SELECT ${total('su.key')} AS key, count(*) AS active_certifications, count(*) FILTER (WHERE ce.expires_at <= ${at} + interval '90 days') AS expiring_certifications
      FROM certification ce JOIN app_user au ON au.id = ce.holder_id JOIN su ON su.id = au.police_unit_id
      WHERE ce.status = 'active' AND ce.expires_at > ${at}
      GROUP BY ROLLUP (su.key)),
    delivered AS (
      SELECT ${total('k')} AS key, count(*) AS cohorts_delivered,
        count(*) FILTER (WHERE mode = 'online') AS cohorts_online, count(*) FILTER (WHERE mode = 'in_person') AS cohorts_in_person,
        count(*) FILTER (WHERE mode = 'blended') AS cohorts_blended, count(DISTINCT trainer_id) AS trainers_delivered
      FROM (SELECT ${cohortKey} AS k, co.delivery_mode AS mode, co.trainer_id FROM cohort co ${cohortArea}
            WHERE co.status = 'completed' AND co.starts_at >= ${from} AND co.starts_at < ${to} ${courses}) x
      GROUP BY ROLLUP (k)),
    requests AS (
      SELECT ${total('su.key')} AS key, count(*) AS requests_raised, count(*) FILTER (WHERE r.status = 'assigned') AS requests_filled,
        count(*) FILTER (WHERE r.status = 'unfilled') AS requests_unfilled, sum(r.seats) AS seats_requested,
        coalesce(sum(r.seats) FILTER (WHERE r.status = 'assigned'), 0) AS seats_filled,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.assigned_at - r.created_at) / 3600) FILTER (WHERE r.status = 'assigned') AS median_hours_to_trainer
      FROM training_request r JOIN su ON su.id = r.police_unit_id
      WHERE r.status <> 'cancelled' AND r.created_at >= ${from} AND r.created_at < ${to} ${requestCourses}
      GROUP BY ROLLUP (su.key))
    SELECT k.key, k.name, coalesce(kn.units_known, 0) AS units_known, coalesce(l.units_reached, 0) AS units_reached,
      coalesce(l.officers_enrolled, 0) AS officers_enrolled, coalesce(l.enrolments, 0) AS enrolments, coalesce(l.completions, 0) AS completions,
      coalesce(ce.active_certifications, 0) AS active_certifications, coalesce(ce.expiring_certifications, 0) AS expiring_certifications,
      coalesce(d.cohorts_delivered, 0) AS cohorts_delivered, coalesce(d.cohorts_online, 0) AS cohorts_online,
      coalesce(d.cohorts_in_person, 0) AS cohorts_in_person, coalesce(d.cohorts_blended, 0) AS cohorts_blended,
      coalesce(d.trainers_delivered, 0) AS trainers_delivered, coalesce(r.requests_raised, 0) AS requests_raised,
      coalesce(r.requests_filled, 0) AS requests_filled, coalesce(r.requests_unfilled, 0) AS requests_unfilled,
      coalesce(r.seats_requested, 0) AS seats_requested, coalesce(r.seats_filled, 0) AS seats_filled, r.median_hours_to_trainer
    FROM (${keys} UNION ALL SELECT 'total', 'Total') k
    LEFT JOIN known kn ON kn.key = k.key LEFT JOIN learning l ON l.key = k.key LEFT JOIN certs ce ON ce.key = k.key
    LEFT JOIN delivered d ON d.key = k.key LEFT JOIN requests r ON r.key = k.key`;
  return { sql, params };
}

export function seriesSql(fromMonth = FROM) {
  const sql = `
    WITH months AS (SELECT generate_series($1::timestamp, $2::timestamp, interval '1 month') AS m),
    -- Per cohort first, then per month; officers without a unit (a handful of accounts) are left out
    -- with a hashed NOT IN rather than a join of every enrolment to its officer.
    learning AS (
      SELECT date_trunc('month', co.starts_at AT TIME ZONE 'UTC') AS m, sum(x.enrolments) AS enrolments, sum(x.completions) AS completions
      FROM (SELECT e.cohort_id, count(*) AS enrolments, count(*) FILTER (WHERE e.status = 'completed') AS completions
              FROM enrolment e
             WHERE e.status IN ('enrolled', 'completed', 'failed') AND e.officer_id NOT IN (SELECT id FROM app_user WHERE police_unit_id IS NULL)
             GROUP BY e.cohort_id) x
      JOIN cohort co ON co.id = x.cohort_id
      WHERE co.status <> 'cancelled' AND co.starts_at >= $1::timestamp AT TIME ZONE 'UTC' AND co.starts_at < ($2::timestamp + interval '1 month') AT TIME ZONE 'UTC'
      GROUP BY 1),
    delivered AS (
      SELECT date_trunc('month', starts_at AT TIME ZONE 'UTC') AS m, count(*) AS cohorts_delivered FROM cohort
      WHERE status = 'completed' AND starts_at >= $1::timestamp AT TIME ZONE 'UTC' AND starts_at < ($2::timestamp + interval '1 month') AT TIME ZONE 'UTC'
      GROUP BY 1),
    requests AS (
      SELECT date_trunc('month', created_at AT TIME ZONE 'UTC') AS m, count(*) AS requests_raised, count(*) FILTER (WHERE status = 'assigned') AS requests_filled
      FROM training_request
      WHERE status <> 'cancelled' AND created_at >= $1::timestamp AT TIME ZONE 'UTC' AND created_at < ($2::timestamp + interval '1 month') AT TIME ZONE 'UTC'
      GROUP BY 1)
    SELECT to_char(months.m, 'YYYY-MM') AS month, coalesce(l.enrolments, 0) AS enrolments, coalesce(l.completions, 0) AS completions,
      coalesce(d.cohorts_delivered, 0) AS cohorts_delivered, coalesce(r.requests_raised, 0) AS requests_raised, coalesce(r.requests_filled, 0) AS requests_filled
    FROM months LEFT JOIN learning l USING (m) LEFT JOIN delivered d USING (m) LEFT JOIN requests r USING (m)
    ORDER BY months.m`;
  return { sql, params: [`${fromMonth}-01`, `${month(0)}-01`] };
}

// The default period (the API's and the portal's: the last 12 months, this one included), which the refresh
// pre-computes; and the whole generated history, a custom period the API computes from the rollups.
const FROM = month(-11);
const PERIOD = `from=${FROM}&to=${month(0)}`;
const HISTORY_FROM = month(-(MONTHS - 1));
const CALLS = [
  { name: 'regions', url: `/api/reporting/uptake?level=region&${PERIOD}`, raw: (asOf) => areaSql('region', { asOf }) },
  {
    name: 'countries',
    url: `/api/reporting/uptake?level=country&${PERIOD}`,
    raw: (asOf) => areaSql('country', { asOf }),
  },
  // The API's total at unit level counts every cohort of the country (open ones too), its rows only the
  // unit-reserved ones; the raw SQL's total sums the rows, so only the rows are compared.
  {
    name: 'units of UA',
    url: `/api/reporting/uptake?level=unit&country=UA&${PERIOD}`,
    raw: (asOf) => areaSql('unit', { country: 'UA', asOf }),
    totalDiffers: true,
  },
  { name: '12-month series', url: `/api/reporting/uptake/series?${PERIOD}`, raw: () => seriesSql(), series: true },
  {
    name: `countries, topic ${TOPIC}`,
    url: `/api/reporting/uptake?level=country&topic=${TOPIC}&${PERIOD}`,
    raw: (asOf) => areaSql('country', { topic: TOPIC, asOf }),
  },
  {
    name: `regions, ${MONTHS} months`,
    url: `/api/reporting/uptake?level=region&from=${HISTORY_FROM}&to=${month(0)}`,
    raw: (asOf) => areaSql('region', { asOf, from: HISTORY_FROM }),
  },
];

const CAMEL = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const FIELDS = [
  'units_known',
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
];
const SERIES_FIELDS = ['enrolments', 'completions', 'cohorts_delivered', 'requests_raised', 'requests_filled'];

/** Cells where the API (from the rollup) and the raw SQL disagree: they must not. */
function differences(call, body, rows) {
  const out = [];
  // The API rounds the median to one decimal.
  const same = (a, b) =>
    a === null || b === null || a === undefined || b === undefined
      ? (a ?? null) === (b ?? null)
      : Math.abs(Number(a) - Number(b)) <= 0.05 + 1e-9;
  if (call.series) {
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    for (const m of body.months)
      for (const f of SERIES_FIELDS)
        if (!same(m[CAMEL(f)], byMonth.get(m.month)?.[f]))
          out.push(`${m.month}.${f}: API ${m[CAMEL(f)]}, SQL ${byMonth.get(m.month)?.[f]}`);
    return out;
  }
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const apiRows = call.totalDiffers ? body.rows : [...body.rows, body.total];
  for (const a of apiRows) {
    const r = byKey.get(a.key);
    if (!r) {
      out.push(`${a.key}: not in the SQL result`);
      continue;
    }
    for (const f of FIELDS)
      if (!same(a[CAMEL(f)], r[f] === null ? null : Number(r[f])))
        out.push(`${a.key}.${f}: API ${a[CAMEL(f)]}, SQL ${r[f]}`);
  }
  if (body.rows.length !== rows.length - 1) out.push(`rows: API ${body.rows.length}, SQL ${rows.length - 1}`);
  return out;
}

/**
 * Progress against plan (issue 18), each view beside hand-written SQL over the raw rows: plan delivery per quarter
 * (every country, and the country with most plan lines) and the per-line progress of that country's workplan.
 */
function planCalls(country, workplanId) {
  // Planned, trained and certified (a completer holding an active certification, unexpired at the rollup's "as
  // of", of a programme counting the line's course, issued since the cohort started): the same three figures the API reads from its rollup,
  // set-based (hash joins over the completers; an EXISTS per completer took 3.9 s here).
  const perQuarter = (where) => `
    WITH l AS (SELECT l.id, l.quarter, l.officers, l.course_id, coalesce(l.cohort_id, r.cohort_id) AS cohort_id
               FROM plan_line l JOIN workplan w ON w.id = l.workplan_id AND w.status = 'approved'
               LEFT JOIN training_request r ON r.id = l.training_request_id ${where}),
    done AS (SELECT DISTINCT l.id, l.quarter, l.course_id, c.starts_at, e.officer_id
             FROM l JOIN cohort c ON c.id = l.cohort_id JOIN enrolment e ON e.cohort_id = c.id AND e.status = 'completed'),
    cert AS (SELECT DISTINCT d.id, d.quarter, d.officer_id
             FROM done d JOIN certification z ON z.holder_id = d.officer_id AND z.status = 'active' AND z.issued_at >= d.starts_at
               AND z.expires_at > (SELECT as_of FROM uptake_refresh)
             JOIN certification_programme pr ON pr.id = z.programme_id AND d.course_id = ANY (pr.course_ids))
    SELECT p.quarter, p.planned, coalesce(t.trained, 0) AS trained, coalesce(x.certified, 0) AS certified
    FROM (SELECT quarter, sum(officers)::int AS planned FROM l GROUP BY quarter) p
    LEFT JOIN (SELECT quarter, count(*)::int AS trained FROM done GROUP BY quarter) t ON t.quarter = p.quarter
    LEFT JOIN (SELECT quarter, count(*)::int AS certified FROM cert GROUP BY quarter) x ON x.quarter = p.quarter
    ORDER BY p.quarter`;
  const quarters = (body, rows) => {
    const byQuarter = new Map(rows.map((r) => [r.quarter, r]));
    const out = [];
    for (const q of body.quarters)
      for (const f of ['planned', 'trained', 'certified'])
        if (q[f] !== Number(byQuarter.get(q.quarter)?.[f]))
          out.push(`${q.quarter}.${f}: API ${q[f]}, SQL ${byQuarter.get(q.quarter)?.[f]}`);
    if (body.quarters.length !== rows.length) out.push(`quarters: API ${body.quarters.length}, SQL ${rows.length}`);
    return out;
  };
  return [
    {
      name: 'plan delivery, every country',
      url: '/api/reporting/uptake/plan-delivery',
      sql: perQuarter(''),
      params: [],
      compare: quarters,
    },
    {
      name: `plan delivery, ${country}`,
      url: `/api/reporting/uptake/plan-delivery?country=${country}`,
      sql: perQuarter('WHERE w.country_code = $1'),
      params: [country],
      compare: quarters,
    },
    {
      name: `workplan progress, ${country}`,
      url: `/api/workplans/${workplanId}/progress`,
      sql: `SELECT l.id, (l.training_request_id IS NOT NULL)::int AS raised, coalesce((r.status = 'assigned')::int, 0) AS filled,
                   (SELECT count(DISTINCT e.officer_id)::int FROM enrolment e
                     WHERE e.cohort_id = coalesce(l.cohort_id, r.cohort_id) AND e.status = 'completed') AS trained
            FROM plan_line l LEFT JOIN training_request r ON r.id = l.training_request_id WHERE l.workplan_id = $1`,
      params: [workplanId],
      compare: (body, rows) => {
        const byId = new Map(rows.map((r) => [r.id, r]));
        const out = [];
        for (const line of body.lines) {
          const r = byId.get(line.id);
          if (
            !r ||
            line.requestsRaised !== r.raised ||
            line.requestsFilled !== r.filled ||
            line.officersTrained !== r.trained
          )
            out.push(
              `${line.id}: API ${line.requestsRaised}/${line.requestsFilled}/${line.officersTrained}, SQL ${r ? `${r.raised}/${r.filled}/${r.trained}` : 'none'}`,
            );
        }
        if (body.lines.length !== rows.length) out.push(`lines: API ${body.lines.length}, SQL ${rows.length}`);
        return out;
      },
    },
  ];
}

/**
 * Each run after a real refresh of the rollup (untimed here, its own duration kept): a new snapshot, so the API
 * keeps nothing for it (its figures are kept per snapshot) and whatever the refresh pre-computes is computed
 * again, as after the worker's refresh.
 */
async function measureCold(db, fn, refresh) {
  const times = [];
  const refreshes = [];
  for (let i = 0; i < RUNS; i++) {
    refreshes.push((await refresh()).durationMs);
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), refreshes };
}

/** Cold, then repeated (the same request again under the last snapshot). */
async function measureApi(db, fn, refresh) {
  const cold = await measureCold(db, fn, refresh);
  return { cold, repeated: await measure(fn) };
}

const row = (name, viaApi, viaSql) => ({
  call: name,
  'API cold p50 ms': viaApi.cold.p50.toFixed(1),
  'API cold p95 ms': viaApi.cold.p95.toFixed(1),
  'API repeated p50 ms': viaApi.repeated.p50.toFixed(1),
  'API repeated p95 ms': viaApi.repeated.p95.toFixed(1),
  'raw SQL p50 ms': viaSql.p50.toFixed(1),
  'raw SQL p95 ms': viaSql.p95.toFixed(1),
  'raw/API cold (p50)': `${(viaSql.p50 / viaApi.cold.p50).toFixed(1)}x`,
  'refresh p50 ms': percentile(viaApi.cold.refreshes, 50).toFixed(0),
});

async function measure(fn) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export async function reportingBenchmark() {
  const { generateUptakeDataset } = require(join(ROOT, 'dist/api/apps/api/src/database/seeds/uptake-dataset'));
  const { refreshUptake } = require(join(ROOT, 'dist/api/apps/api/src/modules/reporting/uptake-rollup.js'));
  const options = {
    seed: num('BENCH_UPTAKE_SEED', 42),
    firms: num('BENCH_UPTAKE_FIRMS', 20),
    units: num('BENCH_UPTAKE_UNITS', 2_000),
    officers: num('BENCH_UPTAKE_OFFICERS', 100_000),
    trainers: num('BENCH_UPTAKE_TRAINERS', 10_000),
    courses: num('BENCH_UPTAKE_COURSES', 20),
    enrolments: num('BENCH_UPTAKE_ENROLMENTS', 1_000_000),
    requests: num('BENCH_UPTAKE_REQUESTS', 20_000),
    months: MONTHS,
    endMonth: month(0),
    certifications: true,
  };
  const database = await scratchDatabase();
  const db = new pg.Client({ connectionString: database.url, application_name: 'bench-reporting' });
  let api;
  try {
    await time('demo seed', async () => {
      const seed = spawnSync(process.execPath, [join(ROOT, 'dist/api/apps/api/src/cli/seed.js')], {
        env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'test', LOG_LEVEL: 'error' },
        encoding: 'utf8',
      });
      if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`);
    });
    await db.connect();
    // Generated accounts share the demo password (its hash is the admin's).
    const [{ password_hash: passwordHash }] = (
      await db.query(`SELECT password_hash FROM app_user WHERE email = $1`, [ADMIN.email])
    ).rows;
    const started = performance.now();
    await generateUptakeDataset(db, { ...options, passwordHash }, (done, total, label) => progress(label, done, total));
    const seconds = (performance.now() - started) / 1000;
    const counts = (
      await db.query(
        `SELECT (SELECT count(*) FROM enrolment) AS enrolments, (SELECT count(*) FROM cohort) AS cohorts, (SELECT count(*) FROM certification) AS certifications`,
      )
    ).rows[0];
    console.log(
      `generated in ${seconds.toFixed(1)} s (${Math.round(options.enrolments / seconds).toLocaleString('en')} enrolments/s): ${JSON.stringify(counts)}`,
    );

    let refresh = await refreshUptake(db, (percent) => progress('rollup refresh', percent, 100));
    const refreshes = [];
    const refreshAgain = async () => {
      refresh = await refreshUptake(db);
      refreshes.push(refresh.durationMs);
      return refresh;
    };
    console.log(
      `rollup refresh: ${(refresh.durationMs / 1000).toFixed(1)} s (as of ${new Date(refresh.asOf).toISOString()})`,
    );

    api = await startApi(database.url);
    const login = await fetch(`${api.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    const results = [];
    const problems = [];
    for (const call of CALLS) {
      const get = async () => {
        const res = await fetch(`${api.base}${call.url}`, { headers: { cookie } });
        if (!res.ok) throw new Error(`${call.url}: ${res.status} ${await res.text()}`);
        return res.json();
      };
      const { sql, params } = call.raw(refresh.asOf);
      const body = await get();
      const rows = (await db.query(sql, params)).rows;
      const diff = differences(call, body, rows);
      if (diff.length) problems.push(`${call.name}: ${diff.length} cells differ, e.g. ${diff.slice(0, 3).join('; ')}`);
      const viaApi = await measureApi(db, get, refreshAgain);
      const viaSql = await measure(() => db.query(sql, params));
      progress('calls measured', results.length + 1, CALLS.length);
      results.push(row(call.name, viaApi, viaSql));
    }
    const [plan] = (
      await db.query(
        `SELECT w.id, w.country_code, count(l.id)::int AS lines FROM workplan w JOIN plan_line l ON l.workplan_id = w.id
         GROUP BY w.id ORDER BY lines DESC, w.country_code LIMIT 1`,
      )
    ).rows;
    if (plan) {
      const planLines = (await db.query(`SELECT count(*)::int AS n FROM plan_line`)).rows[0].n;
      console.log(
        `workplans: ${planLines.toLocaleString('en')} plan lines; the largest plan (${plan.country_code}) has ${plan.lines}`,
      );
      for (const call of planCalls(plan.country_code, plan.id)) {
        const get = async () => {
          const res = await fetch(`${api.base}${call.url}`, { headers: { cookie } });
          if (!res.ok) throw new Error(`${call.url}: ${res.status} ${await res.text()}`);
          return res.json();
        };
        const diff = call.compare(await get(), (await db.query(call.sql, call.params)).rows);
        if (diff.length)
          problems.push(`${call.name}: ${diff.length} cells differ, e.g. ${diff.slice(0, 3).join('; ')}`);
        const viaApi = await measureApi(db, get, refreshAgain);
        const viaSql = await measure(() => db.query(call.sql, call.params));
        results.push(row(call.name, viaApi, viaSql));
      }
    } else problems.push('the data set wrote no workplan');
    console.log(
      `\nrollup refresh before each cold run: p50 ${percentile(refreshes, 50).toFixed(0)} ms, p95 ${percentile(refreshes, 95).toFixed(0)} ms (${refreshes.length} refreshes)`,
    );
    console.log(
      `\nRegional uptake over ${Number(counts.enrolments).toLocaleString('en')} enrolments, ${MONTHS} months; ${RUNS} runs each (API: HTTP round trip as admin, cold: each after a real rollup refresh, repeated: the same request again after ${WARMUP} warm-ups; raw SQL: pg, same database, after ${WARMUP} warm-ups)`,
    );
    table(results);
    if (problems.length) {
      console.log(`API and raw SQL disagree:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else console.log('API figures equal the raw SQL figures for every call');
  } finally {
    if (api) await api.stop();
    await db.end().catch(() => undefined);
    await database.drop();
  }
}
