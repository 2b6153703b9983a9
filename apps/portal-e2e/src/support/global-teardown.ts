import { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import Redis from 'ioredis';
import { Client } from 'pg';
import { E2eState, PG_SERVER_URL, REDIS_URL, STATE_FILE } from './env';

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  (child as { __stopping?: boolean }).__stopping = true;
  return new Promise((resolveStop) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function globalTeardown() {
  const children = (globalThis as { __ICSPA_E2E_CHILDREN__?: ChildProcess[] }).__ICSPA_E2E_CHILDREN__ ?? [];
  await Promise.all(children.map(stop));
  if (!existsSync(STATE_FILE)) return;
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
  // Only the processes this run started (by pid), should the handles above be gone.
  for (const pid of state.pids) if (alive(pid)) process.kill(pid, 'SIGKILL');

  const client = new Client({ connectionString: PG_SERVER_URL });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }

  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${state.redisPrefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  for (const dir of state.tempDirs ?? []) rmSync(dir, { recursive: true, force: true });
  rmSync(state.keyFile, { force: true });
  rmSync(STATE_FILE, { force: true });
}
