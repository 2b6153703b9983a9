// The matcher at national scale: 10,000 trainers, 1,000 training requests on the trainer-assignment
// queue served by the compiled worker (BENCH_MATCHER_WORKERS processes, default 2), beside BullMQ no-op
// jobs through as many workers at the same concurrency on the same Redis, in the same run.
// BENCH_CPU_PROF=<dir> writes each worker's V8 CPU profile there (node --cpu-prof); BENCH_KEEP_DATABASE=1
// keeps the scratch database (its URL is printed) for EXPLAIN ANALYZE afterwards.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Queue, QueueEvents, Worker } from 'bullmq';
import pg from 'pg';
import Redis from 'ioredis';
import { REDIS_URL, ROOT, SESSION_SECRET, progress, scratchDatabase, table } from './lib.mjs';

const TRAINERS = Number(process.env.BENCH_TRAINERS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000);
// BENCH_WORKER_CONCURRENCY sets WORKER_CONCURRENCY (every queue, the matcher's included); unset, the worker's
// defaults apply (the matcher's MATCHER_CONCURRENCY, 16) and the no-op baseline runs at 16.
const SET_CONCURRENCY = process.env.BENCH_WORKER_CONCURRENCY;
const CONCURRENCY = Number(SET_CONCURRENCY ?? 16);
const WORKERS = Number(process.env.BENCH_MATCHER_WORKERS ?? 2);
const CPU_PROF = process.env.BENCH_CPU_PROF;
const KEEP_DATABASE = process.env.BENCH_KEEP_DATABASE === '1';
const COUNTRIES = ['UA', 'BR', 'NG', 'IN', 'RO', 'PH', 'VN', 'ID', 'MX', 'CO'];
const LANGUAGES = ['en', 'uk', 'pt-BR', 'es', 'ru', 'vi'];

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); 0 when it cannot be read. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

/** A process and its descendants (a worker started with WORKER_PROCESSES > 1 supervises copies of itself). */
function processTree(pid) {
  let children = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`))
      children = children.concat(
        readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
      );
  } catch {
    // gone, or not Linux
  }
  return [pid, ...children.flatMap(processTree)];
}

/** CPU seconds of the worker processes and of the PostgreSQL backends serving the scratch database. */
async function cpuUse(db, workers, database) {
  const backends = (
    await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database])
  ).rows.map((r) => r.pid);
  return {
    workers: workers.flatMap((w) => processTree(w.pid)).reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    postgres: backends.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
  };
}

function connection() {
  const url = new URL(REDIS_URL);
  return { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
}

async function clearPrefix(prefix) {
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

/** Baseline: the same number of no-op jobs through as many BullMQ workers at the same concurrency. */
async function noopBaseline(prefix) {
  const name = 'bench-noop';
  const queue = new Queue(name, { connection: connection(), prefix });
  const workers = Array.from(
    { length: WORKERS },
    () => new Worker(name, async () => undefined, { connection: connection(), prefix, concurrency: CONCURRENCY }),
  );
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  // Listening before the jobs exist, so that no completion is missed.
  const events = new QueueEvents(name, { connection: connection(), prefix });
  await events.waitUntilReady();
  const started = Date.now();
  const jobs = await queue.addBulk(Array.from({ length: REQUESTS }, (_, i) => ({ name, data: { i } })));
  await Promise.all(jobs.map((j) => j.waitUntilFinished(events, 60_000)));
  const seconds = (Date.now() - started) / 1000;
  const done = await Promise.all(jobs.map((j) => queue.getJob(j.id)));
  const latencies = done.map((j) => j.finishedOn - j.timestamp);
  await events.close();
  await Promise.all(workers.map((w) => w.close()));
  await queue.close();
  return { perSecond: REQUESTS / seconds, p95: percentile(latencies, 95), p50: percentile(latencies, 50) };
}

async function prepare(db) {
  await db.query(`INSERT INTO region (code, name) VALUES ('bench', 'Bench') ON CONFLICT DO NOTHING`);
  for (const c of COUNTRIES)
    await db.query(
      `INSERT INTO country (code, name, region_code, hotspot) VALUES ($1, $2, 'bench', true) ON CONFLICT DO NOTHING`,
      [c, c],
    );
  const units = (
    await db.query(
      `INSERT INTO police_unit (name, agency, city, country_code) SELECT 'Unit ' || c, 'Police', 'City', c FROM unnest($1::char(2)[]) c RETURNING id, country_code`,
      [COUNTRIES],
    )
  ).rows;
  const courses = (
    await db.query(
      `INSERT INTO course (code, title, summary, level, languages, hours, status) SELECT 'BM-' || (100 + i), 'Course ' || i, 'Bench course.', 'foundation', $1, 10, 'published' FROM generate_series(1, 20) i RETURNING id`,
      [LANGUAGES],
    )
  ).rows.map((r) => r.id);
  const firms = (
    await db.query(
      `INSERT INTO member_firm (name, country_code) SELECT 'Firm ' || i, 'UA' FROM generate_series(1, 12) i RETURNING id`,
    )
  ).rows.map((r) => r.id);
  const BATCH = 2000;
  for (let from = 0; from < TRAINERS; from += BATCH) {
    const n = Math.min(BATCH, TRAINERS - from);
    const ids = (
      await db.query(
        `INSERT INTO app_user (email, display_name, role, password_hash, member_firm_id)
       SELECT 'trainer-' || ($1::int + i) || '@bench.test', 'Trainer ' || ($1::int + i), 'trainer', 'unused', ($2::uuid[])[1 + (($1::int + i) % 12)] FROM generate_series(1, $3::int) i RETURNING id`,
        [from, firms, n],
      )
    ).rows.map((r) => r.id);
    // Each trainer: two languages, four courses, three countries (deterministic spread).
    await db.query(
      `INSERT INTO trainer_profile (user_id, languages, course_ids, country_codes, load_limit_per_quarter)
       SELECT u.id,
              ARRAY[($2::varchar[])[1 + (g % 6)], ($2::varchar[])[1 + ((g + 1) % 6)]],
              ARRAY[($3::uuid[])[1 + (g % 20)], ($3::uuid[])[1 + ((g + 5) % 20)], ($3::uuid[])[1 + ((g + 11) % 20)], ($3::uuid[])[1 + ((g + 17) % 20)]],
              ARRAY[($4::char(2)[])[1 + (g % 10)], ($4::char(2)[])[1 + ((g + 3) % 10)], ($4::char(2)[])[1 + ((g + 7) % 10)]],
              6
         FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, g)`,
      [ids, LANGUAGES, courses, COUNTRIES],
    );
    progress('trainers', from + n, TRAINERS);
  }
  await db.query('ANALYZE');
  return { units, courses };
}

export async function matcherBenchmark() {
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const database = await scratchDatabase();
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const workers = [];
  try {
    const { units, courses } = await prepare(db);
    const baseline = await noopBaseline(prefix);

    const profiling = CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [];
    for (let w = 0; w < WORKERS; w++)
      workers.push(
        spawn(process.execPath, [...profiling, join(ROOT, 'dist/api/apps/api/src/worker.js')], {
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            REDIS_URL,
            REDIS_PREFIX: prefix,
            NODE_ENV: 'production',
            SESSION_SECRET,
            PUBLIC_URL: 'https://academy.example',
            LOG_LEVEL: 'warn',
            ...(SET_CONCURRENCY ? { WORKER_CONCURRENCY: SET_CONCURRENCY } : {}),
            // One process per spawned worker (the default is one copy per core, under a supervisor).
            WORKER_PROCESSES: '1',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        }),
      );
    const queue = new Queue('trainer-assignment', { connection: connection(), prefix });
    // Worker start-up: every process has registered its worker on the queue (at most a minute).
    for (let i = 0; i < 600 && (await queue.getWorkersCount()) < WORKERS; i++)
      await new Promise((r) => setTimeout(r, 100));

    const requests = (
      await db.query(
        `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats)
       SELECT ($1::uuid[])[1 + (i % 10)], ($2::uuid[])[1 + (i % 20)], ($3::varchar[])[1 + (i % 6)],
              tstzrange(now() + make_interval(days => 30 + (i % 300)), now() + make_interval(days => 33 + (i % 300))),
              CASE WHEN i % 4 = 0 THEN 'online'::delivery_mode ELSE 'in_person'::delivery_mode END, 12
         FROM generate_series(1, $4) i RETURNING id, created_at`,
        [units.map((u) => u.id), courses, LANGUAGES, REQUESTS],
      )
    ).rows;
    const databaseName = new URL(database.url).pathname.slice(1);
    const cpuBefore = await cpuUse(db, workers, databaseName);
    const started = Date.now();
    await queue.addBulk(
      requests.map((r) => ({
        name: 'match-training-request',
        data: { requestId: r.id, round: 1 },
        opts: { jobId: `match-${r.id}-r1` },
      })),
    );
    let open = REQUESTS;
    while (open > 0 && Date.now() - started < 300_000) {
      await new Promise((r) => setTimeout(r, 250));
      open = (await db.query(`SELECT count(*)::int AS n FROM training_request WHERE status IN ('pending', 'matching')`))
        .rows[0].n;
      progress('requests matched', REQUESTS - open, REQUESTS);
    }
    const seconds = (Date.now() - started) / 1000;
    const cpuAfter = await cpuUse(db, workers, databaseName);
    const rows = (
      await db.query(
        `SELECT r.status, extract(epoch FROM (a.proposed_at - $1::timestamptz)) * 1000 AS ms FROM training_request r LEFT JOIN assignment a ON a.training_request_id = r.id`,
        [new Date(started)],
      )
    ).rows;
    const latencies = rows.filter((r) => r.ms !== null).map((r) => Number(r.ms));
    const overlaps = (
      await db.query(
        `SELECT count(*)::int AS n FROM assignment a JOIN assignment b ON a.trainer_id = b.trainer_id AND a.id < b.id
        WHERE a.status IN ('proposed', 'accepted') AND b.status IN ('proposed', 'accepted') AND a.period && b.period`,
      )
    ).rows[0].n;
    await queue.close();
    console.log(
      `\nMatcher: ${TRAINERS} trainers, ${REQUESTS} requests, ${WORKERS} worker process(es) at concurrency ${SET_CONCURRENCY ?? 'default (16)'}`,
    );
    table([
      {
        job: 'BullMQ no-op (baseline)',
        'jobs/s': Math.round(baseline.perSecond),
        'p50 ms': Math.round(baseline.p50),
        'p95 ms': Math.round(baseline.p95),
      },
      {
        job: 'match-training-request',
        'jobs/s': Math.round((REQUESTS - open) / seconds),
        'p50 ms': Math.round(percentile(latencies, 50)),
        'p95 ms': Math.round(percentile(latencies, 95)),
      },
    ]);
    const byStatus = rows.reduce((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
    console.log(
      `outcomes: ${JSON.stringify(byStatus)}; overlapping bookings: ${overlaps} (must be 0); latency = enqueue → proposal committed, all ${REQUESTS} enqueued at once`,
    );
    const matched = REQUESTS - open;
    console.log(
      `CPU per match (the run's CPU time / ${matched}): worker processes ${((1000 * (cpuAfter.workers - cpuBefore.workers)) / matched).toFixed(1)} ms, PostgreSQL backends of the scratch database ${((1000 * (cpuAfter.postgres - cpuBefore.postgres)) / matched).toFixed(1)} ms (backends that exited during the run not counted)`,
    );
    if (overlaps !== 0 || open !== 0) process.exitCode = 1;
  } finally {
    await Promise.all(
      workers.map((worker) => {
        const exited = new Promise((r) => worker.once('exit', r));
        worker.kill('SIGTERM');
        return exited;
      }),
    );
    await db.end();
    if (KEEP_DATABASE) console.log(`scratch database kept: ${database.url}`);
    else await database.drop();
    await clearPrefix(prefix);
  }
}
