// Ad-hoc: CPU profile of the API under GET PATH (default /api/health/live), self time grouped by frame and by package.
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import autocannon from 'autocannon';
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const lib = await import(join(ROOT, 'tools/bench/lib.mjs'));
const PATH = process.env.PATH_ ?? '/api/health/live';
const MAIN = process.env.MAIN ?? join(ROOT, 'dist/api/apps/api/src/main.js');
const run = (url, duration) =>
  new Promise((res, rej) => autocannon({ url, connections: 100, duration }, (e, r) => (e ? rej(e) : res(r))));
const db = await lib.scratchDatabase();
const dir = mkdtempSync(join(tmpdir(), 'hprof-'));
const port = 3395;
const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, MAIN], {
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    REDIS_URL: lib.REDIS_URL,
    REDIS_PREFIX: `hprof`,
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
await run(`http://127.0.0.1:${port}${PATH}`, 2);
const t0 = Date.now();
const r = await run(`http://127.0.0.1:${port}${PATH}`, 5);
const t1 = Date.now();
console.log('req/s', Math.round(r.requests.average));
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
const t2 = Date.now();
const profile = JSON.parse(
  readFileSync(
    join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('.cpuprofile')),
    ),
    'utf8',
  ),
);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(),
  pkg = new Map(),
  incl = new Map();
let total = 0,
  t = profile.startTime;
const from = profile.endTime - (t2 - t0) * 1000,
  to = profile.endTime - (t2 - t1) * 1000;
const pkgOf = (url) => {
  if (!url) return '(native)';
  const m = url.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node:';
  if (url.includes('/dist/')) return 'app';
  return url;
};
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] ?? 0;
  const d = profile.timeDeltas[i + 1] ?? 0;
  if (t < from || t > to) continue;
  const n = byId.get(profile.samples[i]);
  const cf = n.callFrame;
  const key = `${cf.functionName || '(anon)'} ${pkgOf(cf.url)}:${cf.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + d);
  pkg.set(pkgOf(cf.url), (pkg.get(pkgOf(cf.url)) ?? 0) + d);
  total += d;
  const seen = new Set();
  let id = n.id;
  while (id !== undefined) {
    const f = byId.get(id).callFrame;
    const k = `${f.functionName || '(anon)'} ${pkgOf(f.url)}:${f.lineNumber}`;
    if (!seen.has(k)) {
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + d);
    }
    id = parent.get(id);
  }
}
const top = (m, n) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}  ${k}`)
    .join('\n');
console.log('--- by package\n' + top(pkg, 20));
console.log('--- self\n' + top(self, 30));
console.log('--- inclusive\n' + top(incl, Number(process.env.INCL ?? 60)));
await db.drop();
process.exit(0);
