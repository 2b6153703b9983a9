import { ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2eState, REPO_ROOT, STATE_ENV } from './env';

// Imported by global setup too: no workspace path (`@icspa/*`) here (see global-setup.ts).

/**
 * The run's state file, and a private API for the tests that need a server truly unreachable (the offline
 * journey: `context.setOffline` does not cut a service worker's own requests in Chromium). The API global
 * setup started is shared by every file, two of which may run at once (`npm test`, maxWorkers 2): it is
 * never stopped. A private API is another process of the same build, on the run's database, Redis prefix
 * and worker, on a port of its own and serving its own copy of the built portal (a test may change that
 * copy's files, the service worker say, without another file's browser ever fetching them). Its pid and
 * copy are in the state file while it exists, so global teardown ends and removes them should the test die.
 */
function stateFile(): string {
  const file = process.env[STATE_ENV];
  if (!file)
    throw new Error(`${STATE_ENV} is not set: run the e2e tests through jest (apps/portal-e2e/jest.config.ts)`);
  return file;
}

export function e2eState(): E2eState {
  return JSON.parse(readFileSync(stateFile(), 'utf8')) as E2eState;
}

function updateState(change: (state: E2eState) => E2eState): void {
  writeFileSync(stateFile(), JSON.stringify(change(e2eState())));
}

/** A port nothing listens on now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/health/live`)).ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export interface PrivateApi {
  /** Where it answers: `http://127.0.0.1:<its port>`, the same across `stop` and `start`. */
  baseUrl: string;
  /** Its copy of `dist/portal`, which the test may change. */
  portalDir: string;
  /** Stops the process (SIGTERM, then SIGKILL after 10 s); returns once nothing answers on its port. */
  stop(): Promise<void>;
  /** Starts it again on the same port (and so the same origin); returns once it is healthy. */
  start(): Promise<void>;
  /** Stops it if it runs and removes its portal copy. */
  close(): Promise<void>;
}

/** Starts a private API (see the top of this file); returns once it is healthy. */
export async function startPrivateApi(): Promise<PrivateApi> {
  const state = e2eState();
  if (!state.serverEnv) throw new Error('the state file has no server environment');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const portalDir = mkdtempSync(join(tmpdir(), 'icspa-e2e-portal-'));
  updateState((s) => ({ ...s, tempDirs: [...(s.tempDirs ?? []), portalDir] }));
  cpSync(join(REPO_ROOT, 'dist/portal'), portalDir, { recursive: true });
  // As global setup builds it, with what depends on the address (PUBLIC_URL: links, same-origin writes).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...state.serverEnv,
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    PORTAL_DIR: portalDir,
  };
  delete env.SESSION_SECRET;
  delete env.COOKIE_SECURE;

  let child: ChildProcess | undefined;
  const stop = async () => {
    const running = child;
    if (!running) return;
    child = undefined;
    const pid = running.pid!;
    updateState((s) => ({ ...s, pids: s.pids.filter((p) => p !== pid) }));
    if (!exited(running)) {
      const gone = new Promise((r) => running.once('exit', r));
      running.kill('SIGTERM');
      const killer = setTimeout(() => running.kill('SIGKILL'), 10_000);
      try {
        await gone;
      } finally {
        clearTimeout(killer);
      }
    }
    await until('the private API port refuses connections', async () => !(await answers(baseUrl)));
  };
  const start = async () => {
    if (child) throw new Error('the private API is already running');
    const started = spawn(process.execPath, [join(REPO_ROOT, 'dist/api/apps/api/src/main.js')], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child = started;
    updateState((s) => ({ ...s, pids: [...s.pids, started.pid!] }));
    await until(
      'the private API is healthy',
      async () => {
        if (exited(started)) throw new Error(`the private API process exited (code ${started.exitCode})`);
        return answers(baseUrl);
      },
      60_000,
    );
  };
  const close = async () => {
    await stop();
    rmSync(portalDir, { recursive: true, force: true });
    updateState((s) => ({ ...s, tempDirs: (s.tempDirs ?? []).filter((d) => d !== portalDir) }));
  };
  try {
    await start();
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { baseUrl, portalDir, stop, start, close };
}
