import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { FIRM_ROLES, isErrorCode, UNIT_ROLES, type Role } from '@icspa/domain';
import { createApiApp } from '../src/app.factory';
import { AppConfig, loadConfig } from '../src/core/config/app-config';
import { SESSION_COOKIE } from '../src/core/auth/session-cookie';
import { hashPassword } from '../src/modules/identity/password-hasher';
import { SessionService } from '../src/modules/identity/session.service';
import { createTestDatabase } from './test-database';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_PASSWORD = 'Correct-Horse-42';

/** Configuration of one test file: its own database and its own Redis key prefix. */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}`,
    LOG_LEVEL: 'error',
    CREDENTIAL_KEY_FILE: join(tmpdir(), `icspa-test-key-${process.pid}.json`),
    // Fixtures write users' rows in SQL, which announces nothing: tests that are about the cache turn it on.
    SESSION_CACHE_TTL_MS: '0',
    ...overrides,
  });
}

/** Deletes every key under a prefix (the test's own). */
export async function clearRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  policeUnitId: string | null;
  memberFirmId: string | null;
  cookie: string;
}

/**
 * Why an error answer lacks a usable code (a catalogued one other than the filter's `error.uncoded`), for
 * itself and each problem it lists; undefined when it has one, or is no JSON error at all.
 */
export function missingCode(status: number, body: string): string | undefined {
  if (status < 400) return undefined;
  let parsed: { statusCode?: unknown; code?: unknown; errors?: Array<{ code?: unknown }> };
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (parsed?.statusCode !== status) return undefined;
  const codes = [parsed.code, ...(Array.isArray(parsed.errors) ? parsed.errors.map((e) => e?.code) : [])];
  const bad = codes.findIndex((code) => !isErrorCode(code) || code === 'error.uncoded');
  return bad < 0 ? undefined : `code ${String(codes[bad])}`;
}

export class TestApp {
  /** Error answers this app gave without a catalogued code (checked on close: every test file guards it). */
  private readonly uncoded: string[] = [];

  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
    readonly db: DataSource,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    const config = testConfig(database.url, overrides);
    const app = await createApiApp(config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApp(app, config, app.get(DataSource), database.drop);
  }

  async close(): Promise<void> {
    await this.app.close();
    await clearRedisPrefix(this.config.redisPrefix);
    await this.dropDatabase();
    if (this.uncoded.length)
      throw new Error(`error answers without a catalogued code:\n${this.uncoded.slice(0, 20).join('\n')}`);
  }

  /** The error answers given so far without a catalogued code (`METHOD url → status: why`). */
  answersWithoutCode(): readonly string[] {
    return this.uncoded;
  }

  async inject(options: {
    method: string;
    url: string;
    payload?: unknown;
    cookie?: string;
    headers?: Record<string, string>;
  }) {
    const response = await this.app.inject({
      method: options.method as 'GET',
      url: options.url,
      payload: options.payload as string | object | undefined,
      headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.headers ?? {}) },
    });
    const missing = missingCode(response.statusCode, response.body);
    if (missing)
      this.uncoded.push(`${options.method} ${options.url.slice(0, 100)} → ${response.statusCode}: ${missing}`);
    return response;
  }

  /** Creates a police unit in `country` (default UA) and returns its id. */
  async createUnit(country = 'UA', name = `Unit ${randomBytes(3).toString('hex')}`): Promise<string> {
    const rows = await this.db.query(
      `INSERT INTO police_unit (name, agency, city, country_code) VALUES ($1, 'Test Agency', 'Test City', $2) RETURNING id`,
      [name, country],
    );
    return rows[0].id;
  }

  async createFirm(name = `Firm ${randomBytes(3).toString('hex')}`): Promise<string> {
    const rows = await this.db.query(`INSERT INTO member_firm (name, country_code) VALUES ($1, 'US') RETURNING id`, [
      name,
    ]);
    return rows[0].id;
  }

  /** A session cookie for an existing user, without a sign-in round trip. */
  async sessionCookie(userId: string): Promise<string> {
    const { token } = (await this.app.get(SessionService).open(userId, {}))!;
    return `${SESSION_COOKIE}=${token}`;
  }

  /** Creates a user directly in the database and signs them in through the API. */
  async signIn(role: Role, scope: { policeUnitId?: string; memberFirmId?: string } = {}): Promise<TestUser> {
    const email = `${role}-${randomBytes(4).toString('hex')}@example.test`;
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const policeUnitId = UNIT_ROLES.includes(role) ? (scope.policeUnitId ?? (await this.createUnit())) : null;
    const memberFirmId = FIRM_ROLES.includes(role) ? (scope.memberFirmId ?? (await this.createFirm())) : null;
    const rows = await this.db.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id, member_firm_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [email, `Test ${role}`, role, await passwordHash, policeUnitId, memberFirmId],
    );
    const response = await this.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: TEST_PASSWORD },
    });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    return {
      id: rows[0].id,
      email,
      role,
      policeUnitId,
      memberFirmId,
      cookie: sessionCookieFrom(response.headers['set-cookie']),
    };
  }
}

export function sessionCookieFrom(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!found) throw new Error('no session cookie set');
  return found.split(';')[0];
}
