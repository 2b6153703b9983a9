// The portal on slow links, and the time to a running platform: gzip size of the JavaScript the
// browser must load before the sign-in page and the officer's dashboard can render; the portal in
// Chromium on an emulated slow 3G link (400 kbit/s, 400 ms RTT), empty cache, beside the same pages with
// compression refused by the browser (the previous behaviour); the service worker's precache, reported
// apart from the sign-in bytes; and the time from `npm start` (no build) to a healthy API, cold (empty
// data folder) and warm (second start).
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
  closure(manifest, route('src/app/routes/app/uptake/uptake.tsx'), uptake);
  return [
    { page: 'sign-in (/sign-in)', ...page('src/app/routes/sign-in.tsx') },
    { page: "officer's dashboard (My learning)", ...gzipKb(manifest, dashboard) },
    { page: 'public verification (/verify)', ...page('src/app/routes/verify.tsx') },
    { page: 'regional uptake (/uptake, with the map)', ...gzipKb(manifest, uptake) },
  ];
}

/** Slow 3G as the issue measured it: 400 kbit/s each way, 400 ms round trip. */
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };

/**
 * One visitor on slow 3G with an empty cache: the sign-in form, then the officer's dashboard after
 * signing in, then a later visit to the sign-in page with the cache warm. `identity` makes the browser
 * refuse compressed answers, which is what it received before assets were compressed.
 */
async function slowLinkVisit(browser, base, { identity }) {
  const context = await browser.newContext({ baseURL: base, locale: 'en-GB', viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    if (identity) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    // The waterfall: when each request was sent and finished (CDP monotonic seconds), bytes, and the phase.
    const requests = new Map();
    let phase = 'sign-in';
    cdp.on('Network.requestWillBeSent', (e) =>
      requests.set(e.requestId, { url: e.request.url, method: e.request.method, sent: e.timestamp, phase }),
    );
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.fromCache = e.response.fromDiskCache || e.response.fromServiceWorker || e.response.fromPrefetchCache;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { done: e.timestamp, bytes: e.encodedDataLength });
    });
    const form = () => page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'visible', timeout: 120_000 });

    let started = Date.now();
    await page.goto('/sign-in', { waitUntil: 'commit', timeout: 120_000 });
    await form();
    const toForm = (Date.now() - started) / 1000;
    const formAt = await page.evaluate(() => performance.now() / 1000);
    // First contentful paint: the loading shell of index.html, before any script has run.
    const firstPaint =
      (await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)) / 1000;
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    const signInBytes = bytes;
    // The service worker registers once the page has loaded; its precache is its own traffic (not in `bytes`).
    await page.evaluate(() => {
      window.__swReadyAt = null;
      navigator.serviceWorker?.ready.then(() => (window.__swReadyAt = performance.now()));
    });

    await page.getByLabel('E-mail address').fill('officer@icspa.test');
    await page.getByLabel('Password', { exact: true }).fill('Academy!2024');
    // The officer's dashboard is usable when My learning shows its enrolments (no spinner left).
    const dashboard = async () => {
      await page.waitForURL((url) => url.pathname.startsWith('/learning'), { timeout: 120_000 });
      await page
        .getByRole('heading', { level: 1, name: 'My learning' })
        .waitFor({ state: 'visible', timeout: 120_000 });
      await page.waitForFunction(() => !document.querySelector('#main .spinner'), undefined, { timeout: 120_000 });
    };
    phase = 'dashboard';
    started = Date.now();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await dashboard();
    const toDashboard = (Date.now() - started) / 1000;
    const swReady = await page
      .waitForFunction(() => window.__swReadyAt, undefined, { timeout: 120_000 })
      .then((h) => h.jsonValue())
      .catch(() => NaN);

    // A later visit, signed in, from a bookmark of the home page: index.html re-validated, assets from the cache.
    await page.goto('about:blank');
    phase = 'warm';
    started = Date.now();
    await page.goto('/', { waitUntil: 'commit', timeout: 120_000 });
    await dashboard();
    const warm = (Date.now() - started) / 1000;
    return {
      firstPaint,
      toForm,
      signInKb: signInBytes / 1000,
      toDashboard,
      warm,
      swReady: swReady / 1000,
      formAt,
      requests: [...requests.values()],
    };
  } finally {
    await context.close();
  }
}

/** Seconds from spawning `npm start --no-build` until GET /api/health answers 200. */
async function timeToHealthy(dataDir, port, { keep = false } = {}) {
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
  const stop = async () => {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  };
  if (keep) return { seconds, stop };
  await stop();
  return seconds;
}

/**
 * The requests of one visit, per phase, in the order they were sent: start and end in seconds from the
 * phase's first request, encoded KB, and whether a cache (HTTP or the service worker) answered. Requests
 * that start only after another has ended are the serial round trips of the page.
 */
function printWaterfall(visit) {
  for (const phase of ['sign-in', 'dashboard', 'warm']) {
    const list = visit.requests.filter((r) => r.phase === phase && !r.url.startsWith('data:'));
    if (!list.length) continue;
    const t0 = Math.min(...list.map((r) => r.sent));
    console.log(
      `\nWaterfall: ${phase}${phase === 'sign-in' ? ` (form shown at ${visit.formAt.toFixed(2)} s of the page's clock)` : ''}`,
    );
    table(
      list
        .sort((a, b) => a.sent - b.sent)
        .map((r) => ({
          request: `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`.slice(0, 70),
          'sent s': (r.sent - t0).toFixed(2),
          'done s': r.done ? (r.done - t0).toFixed(2) : '-',
          KB: r.bytes !== undefined ? (r.bytes / 1000).toFixed(1) : '-',
          cache: r.fromCache ? 'yes' : '',
        })),
    );
  }
}

/** The slow-link figures, measured on the running demo (`npm start`), median of `BENCH_ROUNDS` (3) visits. */
async function slowLinkFigures(base) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    const runs = { now: [], before: [] };
    for (let i = 0; i < rounds; i++) {
      runs.now.push(await slowLinkVisit(browser, base, { identity: false }));
      runs.before.push(await slowLinkVisit(browser, base, { identity: true }));
    }
    if (process.env.BENCH_WATERFALL) printWaterfall(runs.now[0]);
    const pick = (list, key) => median(list.map((r) => r[key]));
    const row = (what, key, unit) => ({
      [`slow 3G (400 kbit/s, 400 ms RTT), median of ${rounds}`]: what,
      now: `${pick(runs.now, key).toFixed(1)} ${unit}`,
      'compression refused (before)': `${pick(runs.before, key).toFixed(1)} ${unit}`,
    });
    console.log('\nThe portal in Chromium on slow 3G, empty cache (officer@icspa.test)');
    table([
      row('first paint (the loading shell)', 'firstPaint', 's'),
      row('time to the sign-in form', 'toForm', 's'),
      row('bytes for the sign-in page (encoded)', 'signInKb', 'KB'),
      row("time from 'Sign in' to the officer's dashboard usable", 'toDashboard', 's'),
      row("repeat visit, cache warm, signed in: time to the officer's dashboard usable", 'warm', 's'),
      row('service worker active (precache done), from opening the sign-in page', 'swReady', 's'),
    ]);
  } finally {
    await browser.close();
  }
}

/** The service worker's precache list (`url:"…"` entries of the built sw.js). */
function precacheUrls() {
  const sw = readFileSync(join(PORTAL, 'sw.js'), 'utf8');
  return [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => `/${m[1].replace(/^\//, '')}`))];
}

/**
 * What the service worker downloads once the page has loaded (counted apart from the sign-in budget):
 * every precached file as the server sends it to a browser accepting Brotli, and uncompressed.
 */
async function precacheFigures(base) {
  const urls = precacheUrls();
  let encoded = 0;
  let plain = 0;
  for (const url of urls) {
    const res = await fetch(`${base}${url}`, { headers: { 'accept-encoding': 'br' } });
    if (!res.ok) throw new Error(`precached ${url} answered ${res.status}`);
    // fetch decodes the body: the encoded size is the pre-compressed twin's, when one answered.
    const body = Buffer.from(await res.arrayBuffer());
    plain += body.length;
    const twin =
      res.headers.get('content-encoding') === 'br' ? readFileSync(join(PORTAL, `${url}.br`)).length : body.length;
    encoded += twin;
  }
  console.log('\nService worker precache (starts after the page has loaded; not part of the sign-in bytes)');
  table([
    {
      files: urls.length,
      'on the wire (br) KB': (encoded / 1000).toFixed(1),
      'uncompressed KB': (plain / 1000).toFixed(1),
    },
  ]);
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
    const started = await timeToHealthy(dataDir, 3310, { keep: true });
    const warm = started.seconds;
    try {
      if (warm !== null) {
        await precacheFigures('http://127.0.0.1:3310');
        await slowLinkFigures('http://127.0.0.1:3310');
      }
    } finally {
      await started.stop();
    }
    console.log('\nTime from `npm start --no-build` to a healthy API (embedded PostgreSQL in a scratch folder)');
    table([
      { start: 'cold: initdb, migrations, seed', seconds: cold?.toFixed(1) ?? 'timed out' },
      { start: 'warm: second start, data kept', seconds: warm?.toFixed(1) ?? 'timed out' },
    ]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
