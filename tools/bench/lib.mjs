// Shared helpers of the benchmarks: a scratch database, the compiled API as a child process, stats.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHmac, randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import Redis from 'ioredis';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_URL = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const SESSION_SECRET = 'bench-session-secret-0123456789-abcdefghij';

export function ensureBuilt() {
  if (existsSync(join(ROOT, 'dist/api/apps/api/src/main.js')) && !process.argv.includes('--build')) return;
  console.log('building the API…');
  const r = spawnSync('npx', ['nx', 'run', 'api:build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (r.status !== 0) throw new Error('API build failed');
}

function dbUrl(name) {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A migrated scratch database, dropped by the returned function. */
export async function scratchDatabase() {
  const name = `icspa_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  // As `npm start` and the tests create theirs: trigram search sees Cyrillic and Chinese only under a UTF-8 ctype.
  await admin.query(
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  await admin.end();
  const url = dbUrl(name);
  const migrate = spawnSync(process.execPath, [join(ROOT, 'dist/api/apps/api/src/cli/migrate.js')], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migrations failed: ${migrate.stderr}`);
  return {
    url,
    async drop() {
      const c = new pg.Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Starts the compiled API on a port and waits until it is healthy (`nodeArgs`: e.g. `--cpu-prof`). */
export async function startApi(
  databaseUrl,
  { port = 3199, prefix = `bench-${randomBytes(4).toString('hex')}`, env = {}, nodeArgs = [] } = {},
) {
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist/api/apps/api/src/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      REDIS_PREFIX: prefix,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SESSION_SECRET,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'error',
      // One process, as the figures before API_PROCESSES were taken; a benchmark of several says so.
      API_PROCESSES: '1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  // Up to a minute: on a loaded machine the API takes more than the 20 s this used to allow.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    prefix,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      const redis = new Redis(REDIS_URL);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await redis.quit();
    },
  };
}

/** A session row for a user, as the API would write it; returns the cookie. */
export function sessionFor(userId) {
  const token = randomBytes(32).toString('base64url');
  return {
    token,
    hash: createHmac('sha256', SESSION_SECRET).update(token).digest('hex'),
    cookie: `icspa_session=${token}`,
    userId,
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function table(rows) {
  const widths = Object.keys(rows[0]).map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(Object.keys(rows[0])));
  for (const r of rows) console.log(line(Object.values(r)));
}

/** A one-line progress bar on stderr. */
export function progress(label, done, total) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`,
  );
}
