// Enrolment under load: 200 connections on POST /api/cohorts/:id/enrolments (distinct officers, each
// with a session) against a cohort of 25 seats, beside GET /api/health/live on the same API process and
// beside the physical bound of one hot row: a serial loop of single-row UPDATEs, each its own transaction
// (synchronous_commit on, as enrolment), on one connection to the same database, in the same rounds.
import autocannon from 'autocannon';
import pg from 'pg';
import { median, progress, scratchDatabase, sessionFor, startApi, table } from './lib.mjs';

const CONNECTIONS = 200;
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const OFFICERS = 5000;
const CAPACITY = 25;

function run(opts) {
  return new Promise((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts }, (err, result) =>
      err ? reject(err) : resolve(result),
    ),
  );
}

async function prepare(db) {
  await db.query(`INSERT INTO region (code, name) VALUES ('bench', 'Bench') ON CONFLICT DO NOTHING`);
  await db.query(
    `INSERT INTO country (code, name, region_code) VALUES ('UA', 'Ukraine', 'bench') ON CONFLICT DO NOTHING`,
  );
  const [unit] = (
    await db.query(
      `INSERT INTO police_unit (name, agency, city, country_code) VALUES ('Bench unit', 'Bench', 'Kyiv', 'UA') RETURNING id`,
    )
  ).rows;
  const users = (
    await db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
     SELECT 'bench-' || i || '@example.test', 'Officer ' || i, 'officer', 'unused', $1 FROM generate_series(1, $2) i RETURNING id`,
      [unit.id, OFFICERS],
    )
  ).rows;
  const sessions = users.map((u) => sessionFor(u.id));
  for (let i = 0; i < sessions.length; i += 1000) {
    const chunk = sessions.slice(i, i + 1000);
    await db.query(
      `INSERT INTO session (user_id, token_hash, expires_at) SELECT * FROM unnest($1::uuid[], $2::char(64)[], $3::timestamptz[])`,
      [chunk.map((s) => s.userId), chunk.map((s) => s.hash), chunk.map(() => new Date(Date.now() + 3600_000))],
    );
    progress('officers and sessions', Math.min(i + 1000, sessions.length), sessions.length);
  }
  return { sessions };
}

/**
 * The bound under one row lock: one connection updates one cohort row in a loop, each UPDATE committed
 * (autocommit: one round trip, then the WAL flush), for `DURATION` seconds. Nothing can serve requests
 * that each take that lock faster than this loop takes it.
 */
async function serialUpdateLoop(db, cohortId) {
  const until = performance.now() + DURATION * 1000;
  let n = 0;
  while (performance.now() < until) {
    await db.query(`UPDATE cohort SET seats_taken = seats_taken WHERE id = $1`, [cohortId]);
    n++;
  }
  return n / DURATION;
}

/** A fresh course and open cohort per round, so no officer is already enrolled in a run of it. */
async function newCohort(db, round) {
  const [course] = (
    await db.query(
      `INSERT INTO course (code, title, summary, level, languages, hours, status) VALUES ($1, 'Bench course', 'For the benchmark.', 'foundation', '{en}', 1, 'published') RETURNING id`,
      [`BN-${100 + round}`],
    )
  ).rows;
  const courseId = course.id;
  const { rows } = await db.query(
    `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, capacity, status) VALUES ($1, now() + interval '7 days', now() + interval '14 days', 'online', 'en', $2, 'open') RETURNING id`,
    [courseId, CAPACITY],
  );
  return rows[0].id;
}

export async function enrolmentBenchmark() {
  const database = await scratchDatabase();
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const api = await startApi(database.url);
  try {
    const { sessions } = await prepare(db);
    const baseline = [];
    const serial = [];
    const enrol = [];
    let overCapacity = 0;
    const statuses = {};
    for (let round = 1; round <= ROUNDS; round++) {
      progress('rounds', round - 1, ROUNDS);
      baseline.push(await run({ url: `${api.base}/api/health/live` }));
      const cohortId = await newCohort(db, round);
      serial.push(await serialUpdateLoop(db, cohortId));
      let next = 0;
      const result = await run({
        url: `${api.base}/api/cohorts/${cohortId}/enrolments`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              headers: { ...req.headers, cookie: sessions[next++ % sessions.length].cookie },
            }),
          },
        ],
      });
      enrol.push(result);
      for (const [k, v] of Object.entries(result.statusCodeStats ?? {})) statuses[k] = (statuses[k] ?? 0) + v.count;
      const { rows } = await db.query(
        `SELECT co.capacity, co.seats_taken, count(e.id) FILTER (WHERE e.status = 'enrolled')::int AS enrolled FROM cohort co LEFT JOIN enrolment e ON e.cohort_id = co.id WHERE co.id = $1 GROUP BY co.id`,
        [cohortId],
      );
      overCapacity +=
        Math.max(0, rows[0].enrolled - rows[0].capacity) + Math.max(0, rows[0].seats_taken - rows[0].capacity);
    }
    progress('rounds', ROUNDS, ROUNDS);
    const summary = (name, results) => ({
      route: name,
      'req/s (median)': Math.round(median(results.map((r) => r.requests.average))),
      'p50 ms': median(results.map((r) => r.latency.p50)),
      'p99 ms': median(results.map((r) => r.latency.p99)),
      errors: results.reduce((n, r) => n + r.errors + r.non2xx, 0),
    });
    const b = summary('GET /api/health/live (baseline)', baseline);
    const e = summary('POST /api/cohorts/:id/enrolments', enrol);
    console.log(
      `\nEnrolment: ${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS} rounds, ${OFFICERS} officers, capacity ${CAPACITY}`,
    );
    const bound = Math.round(median(serial));
    table([
      b,
      {
        route: 'serial single-row UPDATE + commit loop (1 connection, SQL)',
        'req/s (median)': bound,
        'p50 ms': Number((1000 / bound).toFixed(2)),
        'p99 ms': '',
        errors: 0,
      },
      e,
    ]);
    console.log(
      `enrolment throughput = ${(e['req/s (median)'] / b['req/s (median)']).toFixed(3)} × GET /api/health/live; status codes: ${JSON.stringify(statuses)}`,
    );
    console.log(
      `enrolment into one hot cohort = ${(e['req/s (median)'] / bound).toFixed(3)} × the serial UPDATE loop (goal ≥ 0.7); loop per round: ${serial.map((r) => Math.round(r)).join(', ')} /s`,
    );
    console.log(`over-capacity seats: ${overCapacity} (must be 0)`);
    if (overCapacity !== 0) process.exitCode = 1;
  } finally {
    await api.stop();
    await db.end();
    await database.drop();
  }
}
