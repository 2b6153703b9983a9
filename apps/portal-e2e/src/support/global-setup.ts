import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  ARTIFACTS_DIR,
  BASE_URL_ENV,
  E2eState,
  PG_SERVER_URL,
  REDIS_URL,
  REPO_ROOT,
  STATE_ENV,
  STATE_FILE,
} from './env';
import { freePort } from './server';

// This file imports no workspace path (`@icspa/*`): global setup runs outside Jest's module mapper, so an
// alias here would need registering with tsconfig-paths first (see apps/api/test/global-setup.ts).

/** Processes of this run, for global teardown (same process as global setup). */
export const children: ChildProcess[] = [];
(globalThis as { __ICSPA_E2E_CHILDREN__?: ChildProcess[] }).__ICSPA_E2E_CHILDREN__ = children;

function log(message: string) {
  process.stderr.write(`[portal-e2e] ${message}\n`);
}

export function urlFor(database: string): string {
  const url = new URL(PG_SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function pgAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: PG_SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops e2e databases left by killed runs more than two hours ago (the name carries the creation time). */
async function dropStaleDatabases() {
  const cutoff = Math.floor(Date.now() / 1000) - 2 * 3600;
  await pgAdmin(async (c) => {
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE 'icspa\\_e2e\\_%'`);
    for (const { datname } of rows as { datname: string }[]) {
      const created = parseInt(datname.replace(/^icspa_e2e_/, '').split('_')[0], 36);
      if (Number.isFinite(created) && created < cutoff)
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}

function runNode(script: string, env: NodeJS.ProcessEnv) {
  execFileSync(process.execPath, [join(REPO_ROOT, script)], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 180_000,
  });
}

function startProcess(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [join(REPO_ROOT, script)], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk}`));
  child.on('exit', (code, signal) => {
    if ((child as { __stopping?: boolean }).__stopping) return;
    log(`${name} exited early (code ${code}, signal ${signal})`);
  });
  children.push(child);
  return child;
}

async function waitForHealth(baseUrl: string, processes: ChildProcess[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const dead = processes.find((p) => p.exitCode !== null || p.signalCode !== null);
    if (dead) throw new Error(`a server process exited before /api/health answered (code ${dead.exitCode})`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`GET ${baseUrl}/api/health did not answer 200 within ${timeoutMs} ms (${last})`);
}

export default async function globalSetup() {
  try {
    await start();
  } catch (error) {
    // Jest runs no global teardown when global setup fails: clean up what was started here.
    const { default: globalTeardown } = await import('./global-teardown');
    await globalTeardown().catch((e) => log(`clean-up after a failed start failed too: ${(e as Error).message}`));
    throw error;
  }
}

async function start() {
  const started = Date.now();
  if (process.env.E2E_SKIP_BUILD !== '1') {
    log('building api and portal…');
    // `npm test` runs before `npm run build` in CI: dist/ may be missing or stale.
    execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,portal'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 300_000,
    });
  }
  for (const f of ['dist/api/apps/api/src/main.js', 'dist/api/apps/api/src/worker.js', 'dist/portal/index.html']) {
    if (!existsSync(join(REPO_ROOT, f))) throw new Error(`${f} is missing after the build`);
  }

  await dropStaleDatabases();
  const suffix = `${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(4).toString('hex')}`;
  const database = `icspa_e2e_${suffix}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE "${database}"`));
  const databaseUrl = urlFor(database);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const redisPrefix = `e2e-${suffix.replace(/_/g, '-')}`;
  const keyFile = join(tmpdir(), `icspa-e2e-key-${suffix}.json`);
  const state: E2eState = { baseUrl, database, databaseUrl, redisPrefix, pids: [], keyFile };
  // Written before anything starts, so teardown can clean up even when start-up fails half way.
  writeFileSync(STATE_FILE, JSON.stringify(state));
  process.env[STATE_ENV] = STATE_FILE;

  const serverEnv: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    PORT: String(port),
    HOST: '127.0.0.1',
    PORTAL_DIR: join(REPO_ROOT, 'dist/portal'),
    PUBLIC_URL: baseUrl,
    CREDENTIAL_KEY_FILE: keyFile,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    PROPOSAL_TTL_SECONDS: '3600',
    RECONCILE_INTERVAL_MS: '1000',
  };
  const env: NodeJS.ProcessEnv = { ...process.env, ...serverEnv };
  delete env.SESSION_SECRET;
  delete env.COOKIE_SECURE;

  runNode('dist/api/apps/api/src/cli/migrate.js', env);
  runNode('dist/api/apps/api/src/cli/seed.js', env);
  const api = startProcess('api', 'dist/api/apps/api/src/main.js', env);
  const worker = startProcess('worker', 'dist/api/apps/api/src/worker.js', env);
  state.pids = [api.pid!, worker.pid!];
  state.serverEnv = serverEnv;
  writeFileSync(STATE_FILE, JSON.stringify(state));
  await waitForHealth(baseUrl, [api, worker]);

  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  process.env[BASE_URL_ENV] = baseUrl;
  log(`server ready at ${baseUrl} (database ${database}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
