/**
 * Configuration comes only from environment variables, validated once at start-up. A bad value stops
 * the process with one line naming the variable (see ConfigError).
 */
import { availableParallelism } from 'node:os';
import { clockOffsetMs } from '../clock/clock';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  databaseUrl: string;
  /** A read replica (or pooler in front of one) for reporting reads; empty: they go to `databaseUrl`. */
  databaseReadUrl: string;
  redisUrl: string;
  /** Prefix for every Redis key (BullMQ queues and throttling counters); tests use one per file. */
  redisPrefix: string;
  sessionSecret: string;
  sessionTtlHours: number;
  /** How long an API process may answer from its session cache (0: every request asks the database). */
  sessionCacheTtlMs: number;
  /** Answers of the course list and course page one API process keeps (0: every request reads the catalogue). */
  catalogueCacheEntries: number;
  cookieSecure: boolean;
  corsOrigins: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Folder of the built portal served at `/`; empty when the API runs alone. */
  portalDir: string;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowSeconds: number;
  /** How long an account invitation link stays usable. */
  invitationTtlHours: number;
  /** How long a password-reset link stays usable. */
  passwordResetTtlMinutes: number;
  /** "Forgot password" requests per e-mail address asked about, and per client address, within the window. */
  passwordResetRequestsPerAccount: number;
  passwordResetRequestsPerAddress: number;
  passwordResetWindowSeconds: number;
  workerConcurrency: number;
  /**
   * Jobs of the trainer-assignment queue (the matcher) one worker process runs at once: a match spends most of its
   * time waiting for PostgreSQL round trips and commits, so more of them in flight than the other queues' jobs.
   */
  matcherConcurrency: number;
  /** Copies of the API run on one port (Node's cluster), and of the worker; 1 runs the process alone. */
  apiProcesses: number;
  workerProcesses: number;
  /** PostgreSQL connections each process (each API or worker copy) may open. */
  databasePoolSize: number;
  /** Whether the few hot reads run as named prepared statements (off for a PgBouncer without support for them). */
  databasePreparedStatements: boolean;
  /** Days after expiry (or revocation) a session row is kept before housekeeping deletes it. */
  sessionRetentionDays: number;
  /** How long a trainer has to answer a proposal. */
  proposalTtlSeconds: number;
  /** A trainer may withdraw from an accepted assignment until this many days before it starts. */
  withdrawDeadlineDays: number;
  /** BullMQ lock of an active job; a worker that dies loses its jobs to others after this. */
  workerLockMs: number;
  /** How often the reconciler re-enqueues requests whose job went missing. */
  reconcileIntervalMs: number;
  /** How often the worker rebuilds the regional-uptake rollups. */
  uptakeRefreshIntervalMs: number;
  /** Public base URL of the portal and API: credential issuer, verification links, key and status list URLs. */
  publicUrl: string;
  /** Ed25519 private key (JWK JSON) signing credentials; when empty, read from (or, outside production, generated into) credentialKeyFile. */
  credentialSigningKey: string;
  credentialKeyFile: string;
  /** Bits of each new revocation status list; a full list is followed by a new one. */
  statusListSize: number;
  /** How long a signed status list is valid (`validUntil`); it is re-signed within the last half, or on a revocation. */
  statusListTtlSeconds: number;
  /** Proxy hops whose X-Forwarded-For is believed (0: none, the API faces clients directly). */
  trustProxyHops: number;
  /** Public verification look-ups allowed per address per minute. */
  verifyRatePerMinute: number;
  /** SMTP relay (`smtp://user:pass@host:587`, `smtps://…:465`); empty: e-mails are written and kept pending. */
  smtpUrl: string;
  /** From address of every e-mail (`Name <address>`). */
  mailFrom: string;
  /** First retry delay of a failed e-mail send; each next one doubles (BullMQ exponential back-off). */
  emailRetryDelayMs: number;
  /** Tries of one e-mail before it is left `failed` (with 30 s doubling: about 17 hours over 12 tries). */
  emailMaxAttempts: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const LOOPBACK_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;

const DEV_SESSION_SECRET = 'dev-only-session-secret-change-me-0123456789';

/** One process per core, at most 4 (beyond that, run more hosts: README "Scaling out"). */
function defaultProcesses(): number {
  return Math.min(availableParallelism(), 4);
}

/**
 * Connections per process when `DATABASE_POOL_SIZE` is unset: all of one host's API and worker copies together
 * stay within 80 of PostgreSQL's default 100 (the rest for migrations, psql and a second host's start), between
 * 5 and 20 each: 20 with one copy of each, 10 with four of each.
 */
function defaultPoolSize(processes: number): number {
  return Math.max(5, Math.min(20, Math.floor(80 / processes)));
}

/**
 * The matcher's default jobs in flight per worker process (`MATCHER_CONCURRENCY`), at most the process's pool: a
 * match mostly waits for round trips and its commit. On 2 saturated cores 16 and 8 served alike and 5 (the old
 * default of every queue) fewer (tools/bench/README.md, "Matcher, second pass").
 */
const MATCHER_CONCURRENCY = 16;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function url(env: Env, name: string, protocols: string[], fallback?: string): string {
  const raw = env[name] || fallback;
  if (!raw) throw new ConfigError(name, 'is required');
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function jwk(env: Env, name: string): string {
  const raw = env[name];
  if (!raw) return '';
  try {
    const key = JSON.parse(raw);
    if (key.kty !== 'OKP' || key.crv !== 'Ed25519' || !key.d) throw new Error();
  } catch {
    throw new ConfigError(
      name,
      'must be an Ed25519 private key as JWK JSON ({"kty":"OKP","crv":"Ed25519","d":…,"x":…})',
    );
  }
  return raw;
}

function mailFrom(env: Env): string {
  const raw = env.MAIL_FROM || 'Icspa Academy <no-reply@icspa.localhost>';
  // A header value: no line breaks, and an address in angle brackets or alone.
  if (/[\r\n]/.test(raw) || !/^([^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(raw.trim()))
    throw new ConfigError(
      'MAIL_FROM',
      `must be an address such as "Icspa Academy <no-reply@example.org>", got "${raw}"`,
    );
  return raw.trim();
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const sessionSecret = env.SESSION_SECRET || (nodeEnv === 'production' ? '' : DEV_SESSION_SECRET);
  if (!sessionSecret) throw new ConfigError('SESSION_SECRET', 'is required in production');
  if (sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters');
  if (nodeEnv === 'production' && sessionSecret === DEV_SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET', 'must not be the development default in production');
  }
  const corsOrigins = (env.CORS_ORIGINS ?? 'http://localhost:3000,http://localhost:5173')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    try {
      new URL(origin);
    } catch {
      throw new ConfigError('CORS_ORIGINS', `must be a comma-separated list of origins, got "${origin}"`);
    }
  }
  if (env.CLOCK_NOW) {
    if (nodeEnv === 'production')
      throw new ConfigError('CLOCK_NOW', 'is for demos and tests; it is refused in production');
    try {
      clockOffsetMs(env.CLOCK_NOW);
    } catch {
      throw new ConfigError(
        'CLOCK_NOW',
        `must be an ISO 8601 instant such as 2027-07-31T09:00:00Z, got "${env.CLOCK_NOW}"`,
      );
    }
  }
  // Signed into every credential and printed in every QR code for good: production must name its real,
  // https address, never fall back to localhost (plain http only on a loopback address, for a local trial).
  if (nodeEnv === 'production') {
    if (!env.PUBLIC_URL)
      throw new ConfigError('PUBLIC_URL', 'is required in production (https://…; it is signed into every credential)');
    if (!/^https:\/\//i.test(env.PUBLIC_URL) && !LOOPBACK_HTTP.test(env.PUBLIC_URL))
      throw new ConfigError('PUBLIC_URL', `must be an https:// URL in production, got "${env.PUBLIC_URL}"`);
  }
  const statusListSize = int(env, 'CREDENTIAL_STATUS_LIST_SIZE', 131_072, 8, 16_777_216);
  if (statusListSize % 8 !== 0)
    throw new ConfigError('CREDENTIAL_STATUS_LIST_SIZE', `must be a multiple of 8, got ${statusListSize}`);
  const redisPrefix = env.REDIS_PREFIX || 'icspa';
  if (!/^[A-Za-z0-9_{}-]+$/.test(redisPrefix)) {
    throw new ConfigError('REDIS_PREFIX', 'may contain only letters, digits, -, _, { and }');
  }
  const apiProcesses = int(env, 'API_PROCESSES', nodeEnv === 'test' ? 1 : defaultProcesses(), 1, 64);
  const workerProcesses = int(env, 'WORKER_PROCESSES', nodeEnv === 'test' ? 1 : defaultProcesses(), 1, 64);
  const workerConcurrency = int(env, 'WORKER_CONCURRENCY', 5, 1, 100);
  const databasePoolSize = int(env, 'DATABASE_POOL_SIZE', defaultPoolSize(apiProcesses + workerProcesses), 1, 500);
  return {
    nodeEnv,
    port: int(env, 'PORT', 3000, 1, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databaseReadUrl: env.DATABASE_READ_URL ? url(env, 'DATABASE_READ_URL', ['postgres:', 'postgresql:']) : '',
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    redisPrefix,
    sessionSecret,
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    sessionCacheTtlMs: int(env, 'SESSION_CACHE_TTL_MS', 5000, 0, 60_000),
    catalogueCacheEntries: int(env, 'CATALOGUE_CACHE_ENTRIES', 500, 0, 100_000),
    cookieSecure: bool(env, 'COOKIE_SECURE', nodeEnv === 'production'),
    corsOrigins,
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['debug', 'info', 'warn', 'error'] as const,
      nodeEnv === 'test' ? 'warn' : 'info',
    ),
    portalDir: env.PORTAL_DIR ?? '',
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerAddress: int(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 30, 1, 100000),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86400),
    invitationTtlHours: int(env, 'INVITATION_TTL_HOURS', 7 * 24, 1, 90 * 24),
    passwordResetTtlMinutes: int(env, 'PASSWORD_RESET_TTL_MINUTES', 60, 5, 7 * 24 * 60),
    passwordResetRequestsPerAccount: int(env, 'PASSWORD_RESET_REQUESTS_PER_ACCOUNT', 3, 1, 1000),
    passwordResetRequestsPerAddress: int(env, 'PASSWORD_RESET_REQUESTS_PER_ADDRESS', 20, 1, 100000),
    passwordResetWindowSeconds: int(env, 'PASSWORD_RESET_WINDOW_SECONDS', 3600, 1, 86400),
    workerConcurrency,
    // WORKER_CONCURRENCY, when set, still applies to the matcher unless MATCHER_CONCURRENCY says otherwise.
    matcherConcurrency: int(
      env,
      'MATCHER_CONCURRENCY',
      env.WORKER_CONCURRENCY ? workerConcurrency : Math.min(MATCHER_CONCURRENCY, databasePoolSize),
      1,
      100,
    ),
    apiProcesses,
    workerProcesses,
    databasePoolSize,
    databasePreparedStatements: bool(env, 'DATABASE_PREPARED_STATEMENTS', true),
    sessionRetentionDays: int(env, 'SESSION_RETENTION_DAYS', 7, 0, 3650),
    proposalTtlSeconds: int(env, 'PROPOSAL_TTL_SECONDS', 48 * 3600, 1, 30 * 86400),
    withdrawDeadlineDays: int(env, 'WITHDRAW_DEADLINE_DAYS', 14, 0, 365),
    workerLockMs: int(env, 'WORKER_LOCK_MS', 30_000, 1000, 600_000),
    reconcileIntervalMs: int(env, 'RECONCILE_INTERVAL_MS', 60_000, 500, 3_600_000),
    uptakeRefreshIntervalMs: int(env, 'UPTAKE_REFRESH_INTERVAL_MS', 600_000, 1000, 86_400_000),
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:'], `http://localhost:${env.PORT || 3000}`).replace(/\/$/, ''),
    credentialSigningKey: jwk(env, 'CREDENTIAL_SIGNING_KEY'),
    credentialKeyFile: env.CREDENTIAL_KEY_FILE || '.data/credential-signing-key.json',
    statusListSize,
    statusListTtlSeconds: int(env, 'CREDENTIAL_STATUS_LIST_TTL_SECONDS', 86_400, 60, 30 * 86_400),
    verifyRatePerMinute: int(env, 'VERIFY_RATE_PER_MINUTE', 30, 1, 100000),
    trustProxyHops: int(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    smtpUrl: env.SMTP_URL ? url(env, 'SMTP_URL', ['smtp:', 'smtps:']) : '',
    mailFrom: mailFrom(env),
    emailRetryDelayMs: int(env, 'EMAIL_RETRY_DELAY_MS', 30_000, 100, 3_600_000),
    emailMaxAttempts: int(env, 'EMAIL_MAX_ATTEMPTS', 12, 1, 50),
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
