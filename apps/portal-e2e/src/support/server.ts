import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2eState, REPO_ROOT, STATE_ENV } from './env';

/**
 * Stopping and starting the API that global setup started, on the same port and database, for the tests
 * that need the server truly unreachable (the offline journey): `context.setOffline` does not cut a
 * service worker's own requests in Chromium. The worker process keeps running. The state file always
 * names the API process now running, so global teardown stops the one a test started too.
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

function writeState(state: E2eState): void {
  writeFileSync(stateFile(), JSON.stringify(state));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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

/** Stops the API process (SIGTERM, then SIGKILL after 10 s); returns once nothing answers on its port. */
export async function stopApi(): Promise<void> {
  const state = e2eState();
  const pid = state.apiPid;
  if (!pid) throw new Error('the state file names no API process');
  // Out of the state first: global setup's exit handler then knows the stop was meant.
  writeState({ ...state, pids: state.pids.filter((p) => p !== pid), apiPid: undefined });
  process.kill(pid, 'SIGTERM');
  const killer = setTimeout(() => alive(pid) && process.kill(pid, 'SIGKILL'), 10_000);
  try {
    await until('the API process has exited', async () => !alive(pid), 20_000);
  } finally {
    clearTimeout(killer);
  }
  await until('the API port refuses connections', async () => !(await answers(state.baseUrl)));
}

/** Starts the API again with global setup's environment, on the same port; returns once it is healthy. */
export async function startApi(): Promise<void> {
  const state = e2eState();
  if (!state.serverEnv) throw new Error('the state file has no server environment');
  const env: NodeJS.ProcessEnv = { ...process.env, ...state.serverEnv };
  delete env.SESSION_SECRET;
  delete env.COOKIE_SECURE;
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/api/apps/api/src/main.js')], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  child.unref();
  const pid = child.pid!;
  writeState({ ...state, pids: [...state.pids, pid], apiPid: pid });
  await until(
    'the restarted API is healthy',
    async () => {
      if (!alive(pid)) throw new Error('the restarted API process exited');
      return answers(state.baseUrl);
    },
    60_000,
  );
}
