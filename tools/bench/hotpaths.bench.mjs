// Hot paths (issue 21): req/s and p99 of the routes every page calls, each beside its baseline measured in the
// same run — a bare Nest + Fastify route (no database) and a bare Nest + Fastify primary-key lookup through
// `pg` (tools/bench/bare-api.mjs, a process of its own) — then the API's throughput with API_PROCESSES=2 vs 1
// on the same route. The product runs on a scratch database with the demo seed, as the seeded officer.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { median, progress, ROOT, scratchDatabase, sessionFor, startApi, table } from './lib.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/**
 * `BENCH_PROFILE=1`: also profile the API (`--cpu-prof`) under /api/auth/me, /api/health/live, /api/courses and /api/enrolments and print where
 * its time goes; `BENCH_PROFILE=only`: that alone.
 */
const PROFILE = process.env.BENCH_PROFILE ?? '';
/** `BENCH_PROFILE_ROUTES=/api/courses,/api/enrolments`: profile only these. */
const ONLY_ROUTES = (process.env.BENCH_PROFILE_ROUTES ?? '').split(',').filter(Boolean);

function run(opts) {
  return new Promise((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts }, (err, result) =>
      err ? reject(err) : resolve(result),
    ),
  );
}

/** Lets the requests still queued in the API when autocannon stops be answered before it is stopped. */
const settle = () => new Promise((r) => setTimeout(r, 2000));

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startBare(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'tools/bench/bare-api.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`bare API exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** The demo seed (as `npm start` writes it) on the scratch database; answers the seeded officer's session. */
async function seed(db, databaseUrl) {
  const seeded = spawnSync(process.execPath, [join(ROOT, 'dist/api/apps/api/src/cli/seed.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
    encoding: 'utf8',
  });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  const { rows } = await db.query(`SELECT id FROM app_user WHERE email = 'officer@icspa.test'`);
  const session = sessionFor(rows[0].id);
  await db.query(`INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    session.userId,
    session.hash,
  ]);
  return { officerId: rows[0].id, cookie: session.cookie };
}

const summary = (results) => ({
  rps: Math.round(median(results.map((r) => r.requests.average))),
  p99: median(results.map((r) => r.latency.p99)),
  errors: results.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0),
});

/**
 * Self time per function of a V8 CPU profile within [fromUs, toUs] of its end (the load, not the start-up), the
 * heaviest first, as `function (package or file)`.
 */
function topFrames(file, { fromEndUs, toEndUs }, limit = 25) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    if (t < profile.endTime - fromEndUs || t > profile.endTime - toEndUs) continue;
    const { callFrame } = byId.get(profile.samples[i]);
    const where = callFrame.url.includes('node_modules/')
      ? callFrame.url.split('node_modules/').pop().split('/').slice(0, 2).join('/')
      : callFrame.url.replace(/^.*\/dist\/api\//, '').replace(/^file:\/\//, '');
    const key = `${callFrame.functionName || '(anonymous)'} (${where || 'native'})`;
    self.set(key, (self.get(key) ?? 0) + delta);
    total += delta;
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([frame, us]) => ({ 'self %': ((100 * us) / total).toFixed(1), frame }));
}

async function profileRoutes(databaseUrl, cookie) {
  for (const [name, path, headers] of [
    ['/api/auth/me', '/api/auth/me', { cookie }],
    ['/api/health/live', '/api/health/live', {}],
    ['/api/courses', '/api/courses', { cookie }],
    ['/api/enrolments', '/api/enrolments', { cookie }],
  ].filter(([name]) => !ONLY_ROUTES.length || ONLY_ROUTES.includes(name))) {
    const dir = mkdtempSync(join(tmpdir(), 'icspa-prof-'));
    const api = await startApi(databaseUrl, {
      port: await freePort(),
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    });
    await run({ url: `${api.base}${path}`, headers, duration: 1 }); // warm-up
    const started = Date.now();
    await run({ url: `${api.base}${path}`, headers });
    const ended = Date.now();
    await settle();
    await api.stop();
    const exited = Date.now();
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    console.log(`\nWhere the API's time goes under ${name} (self time, ${CONNECTIONS} connections, ${DURATION} s):`);
    table(topFrames(join(dir, file), { fromEndUs: (exited - started) * 1000, toEndUs: (exited - ended) * 1000 }));
  }
}

export async function hotpathsBenchmark() {
  const database = await scratchDatabase();
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const { officerId, cookie } = await seed(db, database.url);
  if (PROFILE === 'only') {
    await profileRoutes(database.url, cookie).finally(async () => {
      await db.end();
      await database.drop();
    });
    return;
  }
  const bare = await startBare(database.url);
  let api = await startApi(database.url, { port: await freePort() });
  // Two API processes (one port, Node's cluster) beside the single one, idle while the others are measured: the
  // rounds alternate, so both see the same machine.
  let api2 = await startApi(database.url, { port: await freePort(), env: { API_PROCESSES: '2' } });
  try {
    const targets = [
      ['bare Nest + Fastify route (no database)', `${bare.base}/bare/ping`, {}],
      ['bare Nest + Fastify, primary-key lookup through pg', `${bare.base}/bare/users/${officerId}`, {}],
      ['GET /api/health/live', `${api.base}/api/health/live`, {}],
      ['GET /api/auth/me', `${api.base}/api/auth/me`, { cookie }],
      ['GET /api/courses', `${api.base}/api/courses`, { cookie }],
      ['GET /api/enrolments', `${api.base}/api/enrolments`, { cookie }],
      ['GET /api/auth/me, API_PROCESSES=2', `${api2.base}/api/auth/me`, { cookie }],
    ];
    const results = new Map(targets.map(([name]) => [name, []]));
    const steps = ROUNDS * targets.length;
    let step = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url, headers] of targets) {
        progress('hot paths', step++, steps);
        results.get(name).push(await run({ url, headers }));
      }
    }
    progress('hot paths', steps, steps);
    await settle();
    await api2.stop();
    api2 = null;

    const s = Object.fromEntries([...results].map(([name, r]) => [name, summary(r)]));
    const bareRoute = s[targets[0][0]];
    const barePk = s[targets[1][0]];
    const rows = targets.map(([name], i) => {
      const baseline = i === 2 ? bareRoute : i === 6 ? s['GET /api/auth/me'] : i > 2 ? barePk : null;
      const against = i === 2 ? 'bare route' : i === 6 ? 'API_PROCESSES=1' : 'bare PK';
      return {
        route: name,
        'req/s': s[name].rps,
        'p99 ms': s[name].p99,
        errors: s[name].errors,
        ratio: baseline ? `${(s[name].rps / baseline.rps).toFixed(2)}× ${against}` : '',
      };
    });
    console.log(
      `\nHot paths: ${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS} rounds (medians, the routes taken in turn ` +
        `in each round), load generator on the same machine`,
    );
    table(rows);
    console.log('(goals: me ≥ 0.7×, lists ≥ 0.4× bare PK, health ≥ 0.6× bare route, API_PROCESSES=2 ≥ 1.3× one)');
    if (PROFILE === '1') {
      await settle();
      await api.stop();
      api = null;
      await profileRoutes(database.url, cookie);
    }
  } finally {
    await api?.stop();
    await api2?.stop();
    await bare.stop();
    await db.end();
    await database.drop();
  }
}
