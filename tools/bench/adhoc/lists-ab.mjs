// Ad-hoc A/B of issue 21's lists (not part of `npm run bench`): a bare Fastify + pg primary-key lookup beside the API
// built from another commit (BEFORE_MAIN: its dist/api/apps/api/src/main.js) and this tree's dist, GET /api/courses and
// GET /api/enrolments as the seeded officer; 100 connections, DUR seconds each (after 3 s of warm-up), ROUNDS rounds,
// medians; with the CPU each request cost the server process and the database's backends (/proc, 100 ticks/s).
//   DB_URL=postgres://…/<a migrated, seeded database> BEFORE_MAIN=… ROOT=$PWD ROUNDS=3 node tools/bench/adhoc/lists-ab.mjs
import { fork, spawn } from 'node:child_process';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import autocannon from 'autocannon';
const ROOT = process.env.ROOT;
const lib = await import(join(ROOT, 'tools/bench/lib.mjs'));
const url = process.env.DB_URL;
const duration = Number(process.env.DUR ?? 10);
const rounds = Number(process.env.ROUNDS ?? 1);
async function startApi(main, port) {
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      REDIS_URL: lib.REDIS_URL,
      REDIS_PREFIX: `h21lists${port}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SESSION_SECRET: lib.SESSION_SECRET,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'officer@icspa.test', password: 'Academy!2024' }),
  });
  return {
    pid: child.pid,
    base,
    cookie: login.headers.get('set-cookie').split(';')[0],
    stop: () => {
      child.kill('SIGINT');
      return new Promise((r) => child.once('exit', r));
    },
  };
}
const before = await startApi(process.env.BEFORE_MAIN, 3293);
const after = await startApi(join(ROOT, 'dist/api/apps/api/src/main.js'), 3294);
const bare = fork(join(ROOT, 'tools/bench/adhoc/bare-pk-lookup.mjs'), {
  env: { ...process.env, DATABASE_URL: url, PORT: '3292' },
});
await new Promise((r) => bare.once('message', r));
import { readFileSync } from 'node:fs';
import pg from 'pg';
const admin = new pg.Client({ connectionString: url });
await admin.connect();
const ticks = (pid) => {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
};
async function cpu(serverPid) {
  const { rows } = await admin.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return { server: ticks(serverPid), pg: new Map(rows.map((r) => [r.pid, ticks(r.pid)])) };
}
const run = (u, headers, d) =>
  new Promise((res, rej) =>
    autocannon({ url: u, connections: 100, duration: d, headers }, (e, r) => (e ? rej(e) : res(r))),
  );
const targets = [
  ['bare pk lookup (Fastify + pg)', 'http://127.0.0.1:3292/pk', {}, bare.pid],
  ['before: GET /api/courses', `${before.base}/api/courses`, { cookie: before.cookie }, before.pid],
  ['after: GET /api/courses', `${after.base}/api/courses`, { cookie: after.cookie }, after.pid],
  ['before: GET /api/enrolments', `${before.base}/api/enrolments`, { cookie: before.cookie }, before.pid],
  ['after: GET /api/enrolments', `${after.base}/api/enrolments`, { cookie: after.cookie }, after.pid],
];
const results = new Map(targets.map((t) => [t[0], []]));
const loads = [];
for (let r = 0; r < rounds; r++) {
  for (const [name, u, h, pid] of targets) {
    const check = await fetch(u, { headers: h });
    if (check.status !== 200) throw new Error(`${name}: ${check.status}`);
    await run(u, h, 3);
    const c0 = await cpu(pid);
    const res = await run(u, h, duration);
    const c1 = await cpu(pid);
    // CPU per request (ms; 100 ticks a second), the server process and the database's backends: independent of load.
    const per = (a, b) => ((b - a) * 10) / res.requests.total;
    results.get(name).push({
      rps: res.requests.average,
      p50: res.latency.p50,
      p99: res.latency.p99,
      non2xx: res.non2xx + res.errors,
      node: per(c0.server, c1.server),
      pg: per(
        0,
        [...c1.pg].reduce((a, [p, t]) => a + t - (c0.pg.get(p) ?? 0), 0),
      ),
    });
  }
  loads.push(
    execSync('uptime')
      .toString()
      .trim()
      .replace(/.*load average: /, ''),
  );
}
bare.kill();
await before.stop();
await after.stop();
await admin.end();
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = med(results.get(targets[0][0]).map((x) => x.rps));
const rows = targets.map(([name]) => {
  const xs = results.get(name);
  return {
    route: name,
    'req/s': Math.round(med(xs.map((x) => x.rps))),
    p50: med(xs.map((x) => x.p50)),
    p99: med(xs.map((x) => x.p99)),
    'non-2xx': xs.reduce((a, x) => a + x.non2xx, 0),
    'server CPU ms/req': med(xs.map((x) => x.node)).toFixed(3),
    'pg CPU ms/req': med(xs.map((x) => x.pg)).toFixed(3),
    ratio: (med(xs.map((x) => x.rps)) / base).toFixed(3),
    rounds: xs.map((x) => Math.round(x.rps)).join('/'),
  };
});
lib.table(rows);
console.log('load average after each round:', loads.join(' | '));
