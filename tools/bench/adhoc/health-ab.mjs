// Ad-hoc (not part of `npm run bench`): GET /api/health/live of this tree's dist beside the bare route and, with
// BEFORE=<another build's main.js under this tree>, of another build; alternating rounds, medians.
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import autocannon from 'autocannon';
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const lib = await import(join(ROOT, 'tools/bench/lib.mjs'));
const DUR = Number(process.env.DUR ?? 5),
  ROUNDS = Number(process.env.ROUNDS ?? 3);
const run = (url) =>
  new Promise((res, rej) => autocannon({ url, connections: 100, duration: DUR }, (e, r) => (e ? rej(e) : res(r))));
const db = await lib.scratchDatabase();
async function start(main, port, nodeArgs = []) {
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      REDIS_URL: lib.REDIS_URL,
      REDIS_PREFIX: `hab${port}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SESSION_SECRET: lib.SESSION_SECRET,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'error',
      API_PROCESSES: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health/live`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => {
      child.kill('SIGTERM');
      return new Promise((r) => child.once('exit', r));
    },
  };
}
const bareChild = spawn(process.execPath, [join(ROOT, 'tools/bench/bare-api.mjs')], {
  env: { ...process.env, PORT: '3391', DATABASE_URL: db.url },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((r) => bareChild.stdout.on('data', (d) => String(d).includes('ready') && r()));
const targets = [['bare', 'http://127.0.0.1:3391/bare/ping']];
const apis = [];
if (process.env.BEFORE) {
  const a = await start(process.env.BEFORE, 3392);
  apis.push(a);
  targets.push(['before', `${a.base}/api/health/live`]);
}
const b = await start(join(ROOT, 'dist/api/apps/api/src/main.js'), 3393);
apis.push(b);
targets.push(['after', `${b.base}/api/health/live`]);
const res = Object.fromEntries(targets.map(([n]) => [n, []]));
for (const [, url] of targets) await run(url).catch(() => {});
for (let r = 0; r < ROUNDS; r++) for (const [n, url] of targets) res[n].push((await run(url)).requests.average);
const med = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
for (const [n] of targets)
  console.log(
    n,
    res[n].map(Math.round).join(' '),
    'median',
    Math.round(med(res[n])),
    'ratio',
    (med(res[n]) / med(res.bare)).toFixed(2),
  );
for (const a of apis) await a.stop();
bareChild.kill('SIGTERM');
await db.drop();
process.exit(0);
