// Hostile bodies: the largest bodies the API must refuse, from many connections on several write routes,
// while a thread of its own asks GET /api/health/live every 10 ms. Three phases per round, each
// BENCH_DURATION seconds: idle (the baseline), bodies (100,000-element arrays within the 1 MiB body limit,
// 100,000-deep arrays and 5,000-deep objects, NUL strings, a 900,000-digit number) and passwords (the
// strength check on 256-character passwords at creation and change, and sign-ins with a 100-character
// password set before the rule, which sign-in judges again). The stall is read twice: the health probe's
// latency beside idle, and the API's own event-loop delay (perf_hooks.monitorEventLoopDelay, preloaded
// with NODE_OPTIONS; the API's code is unchanged).
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { ROOT, median, progress, scratchDatabase, sessionFor, startApi, table } from './lib.mjs';

const CONNECTIONS = Number(process.env.BENCH_HOSTILE_CONNECTIONS ?? 48);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PROBE_INTERVAL_MS = 10;
/** The stall the issue allows (ms): the health probe's p99 under attack, and the loop's p99 delay. */
const TARGET_MS = 20;
/** A password set before the strength rule: long, and costly for the strength check. */
const LONG_OLD_PASSWORD = 'P4$$w0rd'.repeat(12) + '!q7Z';

// The probe runs in a worker thread, so the benchmark's own load generation cannot delay it.
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let running = true;
parentPort.on('message', () => { running = false; });
const once = () => new Promise((resolve) => {
  const started = performance.now();
  const request = http.get(workerData.url, { agent }, (response) => {
    response.resume();
    response.on('end', () => resolve(response.statusCode === 200 ? performance.now() - started : -1));
  });
  request.on('error', () => resolve(-1));
});
(async () => {
  const latencies = [];
  let failures = 0;
  while (running) {
    const ms = await once();
    if (ms < 0) failures++;
    else latencies.push(ms);
    await new Promise((r) => setTimeout(r, workerData.interval));
  }
  agent.destroy();
  parentPort.postMessage({ latencies, failures });
})();
`;

/** The hostile bodies for one field: each within the 1 MiB body limit. */
function hostileBodies(field) {
  return [
    `{"${field}":[${'{},'.repeat(99_999)}{}]}`,
    JSON.stringify({ [field]: new Array(200_000).fill('x') }),
    JSON.stringify({ [field]: new Array(100_000).fill('\u0000') }),
    JSON.stringify({ [field]: '\u0000'.repeat(150_000) }),
    `{"${field}":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    `{"${field}":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
    `{"${field}":1${'0'.repeat(900_000)}}`,
  ];
}

/** Passwords the strength check finds costly (repeats, keyboard walks, l33t), at the 256-character limit. */
const HOSTILE_PASSWORDS = [
  'P4$$w0rd'.repeat(32),
  'qwerty123!'.repeat(25) + 'qwerty',
  'aA1!'.repeat(64),
  Array.from({ length: 256 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join(''),
];

function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round1 = (n) => Math.round(n * 10) / 10;

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
  const { hashPassword } = await import(join(ROOT, 'dist/api/apps/api/src/modules/identity/password-hasher.js'));
  const users = (
    await db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id) VALUES
         ('bench-admin@example.test', 'Bench Admin', 'admin', 'unused', NULL),
         ('bench-coordinator@example.test', 'Bench Coordinator', 'coordinator', 'unused', $1),
         ('bench-old@example.test', 'Bench Old', 'officer', $2, $1)
       RETURNING id, role`,
      [unit.id, await hashPassword(LONG_OLD_PASSWORD)],
    )
  ).rows;
  const sessions = {};
  for (const user of users.filter((u) => u.role !== 'officer')) {
    const session = sessionFor(user.id);
    await db.query(`INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
      user.id,
      session.hash,
    ]);
    sessions[user.role] = session.cookie;
  }
  return sessions;
}

/** One autocannon per route, the connections shared out among them. */
function attacks(base, routes) {
  const shared = routes.filter((r) => !r.connections);
  const left = CONNECTIONS - routes.reduce((n, r) => n + (r.connections ?? 0), 0);
  const connections = Math.max(1, Math.round(left / shared.length));
  return routes.map(
    (route) =>
      new Promise((resolve, reject) =>
        autocannon(
          {
            url: base,
            connections: route.connections ?? connections,
            duration: DURATION,
            timeout: 30,
            requests: route.bodies.map((body) => ({
              method: route.method,
              path: route.path,
              headers: { 'content-type': 'application/json', ...(route.cookie ? { cookie: route.cookie } : {}) },
              body,
            })),
          },
          (err, result) => (err ? reject(err) : resolve({ route, result })),
        ),
      ),
  );
}

/** The API's event-loop delay since the last call (it resets it). */
async function loopDelay(api, file) {
  const before = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).seq : 0;
  process.kill(api.pid, 'SIGUSR2');
  for (let i = 0; i < 300; i++) {
    await new Promise((r) => setTimeout(r, 10));
    if (!existsSync(file)) continue;
    try {
      const figures = JSON.parse(readFileSync(file, 'utf8'));
      if (figures.seq > before) return figures;
    } catch {
      /* being written */
    }
  }
  throw new Error('the API did not report its event-loop delay (is the preload loaded?)');
}

async function phase(api, file, routes) {
  await loopDelay(api, file);
  const probe = new Worker(PROBE, {
    eval: true,
    workerData: { url: `${api.base}/api/health/live`, interval: PROBE_INTERVAL_MS },
  });
  const probed = new Promise((resolve) => probe.once('message', resolve));
  const results = routes.length
    ? await Promise.all(attacks(api.base, routes))
    : await new Promise((r) => setTimeout(() => r([]), DURATION * 1000));
  probe.postMessage('stop');
  const { latencies, failures } = await probed;
  await probe.terminate();
  const loop = await loopDelay(api, file);
  const statuses = {};
  let requests = 0;
  for (const { route, result } of results) {
    requests += result.requests.total;
    for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
      const key = `${route.expect.includes(Number(code)) ? '' : 'UNEXPECTED '}${code}`;
      statuses[key] = (statuses[key] ?? 0) + count;
    }
    if (result.errors) statuses.errors = (statuses.errors ?? 0) + result.errors;
  }
  return {
    health: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies) },
    probes: latencies.length,
    failures,
    loop,
    requests,
    statuses,
  };
}

export async function hostileBenchmark() {
  const database = await scratchDatabase();
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const file = join(tmpdir(), `icspa-bench-loop-${process.pid}.json`);
  rmSync(file, { force: true });
  const api = await startApi(database.url, {
    env: {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${join(ROOT, 'tools/bench/loop-delay.cjs')}`.trim(),
      BENCH_LOOP_DELAY_FILE: file,
      // Sign-ins succeed here; the throttle counts failures only, but keep the address allowance out of the way.
      LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
    },
  });
  try {
    const sessions = await prepare(db);
    const id = randomUUID();
    const bodyRoutes = [
      { method: 'POST', path: `/api/attempts/${id}/submit`, field: 'answers', cookie: sessions.coordinator },
      { method: 'POST', path: `/api/cohorts/${id}/nominations`, field: 'officerIds', cookie: sessions.coordinator },
      { method: 'POST', path: '/api/training-requests', field: 'seats', cookie: sessions.coordinator },
      { method: 'POST', path: '/api/courses', field: 'topics', cookie: sessions.admin },
      { method: 'PATCH', path: `/api/trainers/${id}/profile`, field: 'countryCodes', cookie: sessions.admin },
      { method: 'POST', path: '/api/users', field: 'displayName', cookie: sessions.admin },
    ].map((r) => ({ ...r, bodies: hostileBodies(r.field), expect: [400] }));
    const passwordRoutes = [
      {
        method: 'PUT',
        path: '/api/auth/me/password',
        cookie: sessions.coordinator,
        // A wrong current password is refused (400) before the new one is judged, then throttled (429):
        // guesses never reach the strength estimator.
        expect: [400, 429],
        bodies: HOSTILE_PASSWORDS.map((p) => JSON.stringify({ currentPassword: 'not-the-password', newPassword: p })),
      },
      {
        method: 'POST',
        path: '/api/users',
        cookie: sessions.admin,
        // 503: the strength estimator's queue is full; a hostile password strong enough creates the user
        // once (201), after which the address is taken (409).
        expect: [400, 503, 201, 409],
        bodies: HOSTILE_PASSWORDS.map((p) =>
          JSON.stringify({ email: 'new@example.test', displayName: 'New', role: 'admin', password: p }),
        ),
      },
      {
        method: 'POST',
        path: '/api/auth/login',
        // A few at a time: more than the account's allowance in flight at once is refused (429) by design.
        connections: 4,
        expect: [200, 429],
        bodies: [JSON.stringify({ email: 'bench-old@example.test', password: LONG_OLD_PASSWORD })],
      },
    ];
    const phases = { idle: [], bodies: [], passwords: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      progress('rounds', round - 1, ROUNDS);
      phases.idle.push(await phase(api, file, []));
      phases.bodies.push(await phase(api, file, bodyRoutes));
      phases.passwords.push(await phase(api, file, passwordRoutes));
    }
    progress('rounds', ROUNDS, ROUNDS);

    const rows = Object.entries(phases).map(([name, runs]) => ({
      phase: name,
      'health p50 ms': round1(median(runs.map((r) => r.health.p50))),
      'health p99 ms': round1(median(runs.map((r) => r.health.p99))),
      'health max ms': round1(median(runs.map((r) => r.health.max))),
      'loop delay p99 ms': median(runs.map((r) => r.loop.p99)),
      'loop delay max ms': median(runs.map((r) => r.loop.max)),
      'hostile req/s': Math.round(median(runs.map((r) => r.requests / DURATION))),
      'probe failures': runs.reduce((n, r) => n + r.failures, 0),
    }));
    console.log(
      `\nHostile bodies: ${CONNECTIONS} connections over ${bodyRoutes.length} write routes (bodies) and ${passwordRoutes.length} (passwords), ${DURATION} s × ${ROUNDS} rounds; health probed every ${PROBE_INTERVAL_MS} ms from its own thread (medians over rounds)`,
    );
    table(rows);
    const idle = rows[0];
    for (const row of rows.slice(1)) {
      const statuses = {};
      for (const r of phases[row.phase])
        for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
      console.log(
        `${row.phase}: health p50 ${(row['health p50 ms'] / idle['health p50 ms']).toFixed(1)} × idle, p99 ${(row['health p99 ms'] / idle['health p99 ms']).toFixed(1)} × idle; statuses ${JSON.stringify(statuses)}`,
      );
      if (Object.keys(statuses).some((k) => k.startsWith('UNEXPECTED') || k === 'errors')) process.exitCode = 1;
    }
    const worst = Math.max(...rows.slice(1).map((r) => r['loop delay p99 ms']));
    console.log(
      `event-loop stall under attack (p99 of the loop delay, worst phase): ${worst} ms (target < ${TARGET_MS} ms)`,
    );
  } finally {
    await api.stop();
    await db.end();
    await database.drop();
    rmSync(file, { force: true });
  }
}
