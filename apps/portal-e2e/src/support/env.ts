import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root (apps/portal-e2e/src/support → four levels up). */
export const REPO_ROOT = resolve(__dirname, '../../../..');
/** Where global setup tells the tests (other processes) where the server is. */
export const STATE_FILE = join(tmpdir(), `icspa-portal-e2e-${process.ppid}-${process.pid}.json`);
/** The PostgreSQL server the e2e databases are created on. */
export const PG_SERVER_URL = process.env.E2E_PG_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Screenshots of every journey step. */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts', 'e2e');

export interface E2eState {
  baseUrl: string;
  database: string;
  databaseUrl: string;
  redisPrefix: string;
  /** Every server process of this run still meant to run: global setup's and the tests' private APIs. */
  pids: number[];
  keyFile: string;
  /** The environment the servers were started with, beyond the runner's own (to start a private API). */
  serverEnv?: Record<string, string>;
  /** Directories a test made (a private API's portal copy, support/server.ts), for global teardown. */
  tempDirs?: string[];
}

export const STATE_ENV = 'ICSPA_E2E_STATE_FILE';
export const BASE_URL_ENV = 'ICSPA_E2E_BASE_URL';

/**
 * The application's time in this run: the servers start with the same `CLOCK_NOW` (inherited from the
 * environment), so a journey that types dates counts them from the servers' today, not the machine's.
 */
export function appNow(): Date {
  const raw = process.env.CLOCK_NOW;
  return new Date(raw ? Date.parse(raw) + (Date.now() - LOADED_AT) : Date.now());
}
const LOADED_AT = Date.now();

/** yyyy-mm-dd, `days` after the application's today (UTC). */
export function isoDay(days: number): string {
  return new Date(appNow().getTime() + days * 86400_000).toISOString().slice(0, 10);
}
