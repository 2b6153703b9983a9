// The portal on slow links, and the time to a running platform: gzip size of the JavaScript the
// browser must load before the sign-in page and the officer's dashboard can render, and the time from
// `npm start` (no build) to a healthy API, cold (empty data folder) and warm (second start).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, table } from './lib.mjs';

const PORTAL = join(ROOT, 'dist/portal');

function buildPortal() {
  const r = spawnSync('npx', ['nx', 'run', 'portal:build', '--skip-nx-cache'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (r.status !== 0) throw new Error('portal build failed');
}

/** Files a chunk needs before it runs: itself and its static imports, recursively. */
function closure(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

function gzipKb(manifest, keys) {
  const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(PORTAL, f)), { level: 9 }).length, 0);
  return { kb: (bytes / 1024).toFixed(1), files: files.length };
}

function pageSizes() {
  const manifest = JSON.parse(readFileSync(join(PORTAL, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const route = (suffix) => Object.keys(manifest).find((k) => k.endsWith(suffix));
  const page = (suffix) => {
    const keys = closure(manifest, entry);
    closure(manifest, route(suffix), keys);
    return gzipKb(manifest, keys);
  };
  const layout = route('src/app/routes/app/root.tsx');
  const dashboard = closure(manifest, entry);
  if (layout) closure(manifest, layout, dashboard);
  closure(manifest, route('src/app/routes/app/learning/my-learning.tsx'), dashboard);
  // The admin's regional dashboard: the same shell plus its page, which alone pulls in the map chunk.
  const uptake = closure(manifest, entry);
  if (layout) closure(manifest, layout, uptake);
  closure(manifest, route('src/app/routes/app/reporting/uptake.tsx'), uptake);
  return [
    { page: 'sign-in (/sign-in)', ...page('src/app/routes/sign-in.tsx') },
    { page: "officer's dashboard (My learning)", ...gzipKb(manifest, dashboard) },
    { page: 'public verification (/verify)', ...page('src/app/routes/verify.tsx') },
    { page: 'regional uptake (/uptake, with the map)', ...gzipKb(manifest, uptake) },
  ];
}

/** Seconds from spawning `npm start --no-build` until GET /api/health answers 200. */
async function timeToHealthy(dataDir, port) {
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'tools/dev-services/start.mjs'), '--no-build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ICSPA_DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(port + 1),
      DEV_REDIS_PORT: String(port + 2),
      REDIS_PREFIX: `bench-start-${port}`,
    },
    stdio: 'ignore',
    detached: false,
  });
  let seconds = null;
  while (Date.now() - started < 180_000) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) {
        seconds = (Date.now() - started) / 1000;
        break;
      }
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
  return seconds;
}

export async function portalBenchmark() {
  buildPortal();
  const sizes = pageSizes();
  console.log(
    '\nInitial JavaScript per page (gzip -9, entry + the page chunk and their static imports; English strings included, other languages load on demand)',
  );
  table(sizes.map((s) => ({ page: s.page, 'gzip KiB': s.kb, files: s.files })));

  const dataDir = mkdtempSync(join(tmpdir(), 'icspa-start-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as the postgres user
  try {
    const cold = await timeToHealthy(dataDir, 3310);
    const warm = await timeToHealthy(dataDir, 3310);
    console.log('\nTime from `npm start --no-build` to a healthy API (embedded PostgreSQL in a scratch folder)');
    table([
      { start: 'cold: initdb, migrations, seed', seconds: cold?.toFixed(1) ?? 'timed out' },
      { start: 'warm: second start, data kept', seconds: warm?.toFixed(1) ?? 'timed out' },
    ]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
