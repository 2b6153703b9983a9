import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { performance } from 'node:perf_hooks';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
} from 'typeorm';
import type { Capability } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { RedisClient } from '../../core/redis/redis.provider';

/** Most sessions one process keeps; the least recently used goes first. */
export const SESSION_CACHE_MAX_ENTRIES = 10_000;
/** User ids per pub/sub message (a bulk import names thousands). */
const IDS_PER_MESSAGE = 500;

interface Entry {
  user: AuthUser;
  /** `performance.now()` after which the entry is not used. */
  freshUntil: number;
  /** The session's own expiry (the application's clock), which the entry never outlives. */
  sessionExpiresAt: number;
}

/** The cache of each data source, so that the plain query functions that write session facts can reach it. */
const cacheOf = new WeakMap<DataSource, SessionCache>();
/** Users whose session facts a transaction changed, announced once it commits (dropped if it rolls back). */
const pendingOf = new WeakMap<QueryRunner, Set<string>>();

/**
 * To be called by every write of a fact the access guard reads (a session revoked; a user's role, unit, firm,
 * name, e-mail, languages, time zone, password, password flag or disabled state; a capability grant), after
 * the write, with the manager that made it. Inside a transaction the announcement waits for its commit, so
 * no process can re-read the old facts after being told; outside one it goes at once.
 */
export async function sessionFactsChanged(manager: EntityManager, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive) {
    const pending = pendingOf.get(runner) ?? new Set<string>();
    for (const id of userIds) pending.add(id);
    pendingOf.set(runner, pending);
    return;
  }
  await cacheOf.get(manager.connection)?.announce(userIds);
}

/**
 * The process's cache of live sessions, in front of the access guard's query: keyed by the token's keyed hash,
 * each entry used for at most `SESSION_CACHE_TTL_MS` (and never past the session's expiry), at most
 * `SESSION_CACHE_MAX_ENTRIES` entries (least recently used out first). Writes of the facts it holds announce
 * the users concerned on a Redis pub/sub channel under the deployment's prefix, after their transaction
 * commits; every process (this one included) drops those users' entries on hearing it.
 *
 * Fails safe: the cache is used only while this process is subscribed. When the subscription drops (Redis
 * down, reconnecting) every entry is dropped and lookups go to the database until it is back; a lookup whose
 * query overlapped an announcement (or a drop) is not stored, so an answer read before a commit never
 * outlives the announcement of it.
 */
@Injectable()
export class SessionCache implements OnModuleInit, OnApplicationShutdown, EntitySubscriberInterface {
  private readonly logger = new Logger('SessionCache');
  private readonly entries = new Map<string, Entry>();
  private readonly hashesOf = new Map<string, Set<string>>();
  /** The capabilities each user holds (what `/api/auth/me` answers beside the role), under the same rules. */
  private readonly capabilitiesOf = new Map<string, { capabilities: Capability[]; freshUntil: number }>();
  /** Bumped by every drop: a lookup stores its answer only if none happened while it queried. */
  private generation = 0;
  private subscriber: Redis | null = null;
  private subscribed = false;
  private closed = false;
  readonly channel: string;
  readonly ttlMs: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly redis: RedisClient,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.channel = redis.key('sessions', 'changed');
    this.ttlMs = config.sessionCacheTtlMs;
  }

  onModuleInit() {
    cacheOf.set(this.db, this);
    this.db.subscribers.push(this);
  }

  async onApplicationShutdown() {
    this.closed = true;
    this.subscribed = false;
    const index = this.db.subscribers.indexOf(this);
    if (index >= 0) this.db.subscribers.splice(index, 1);
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /** Whether cached answers may be used now (the cache is on and this process hears every announcement). */
  get active(): boolean {
    if (this.ttlMs === 0 || this.closed) return false;
    if (!this.subscriber) this.listen();
    return this.subscribed;
  }

  get size(): number {
    return this.entries.size;
  }

  /** A stamp to pass to `store`: taken before the database is asked. */
  stamp(): number {
    return this.generation;
  }

  get(tokenHash: string, now: Date): AuthUser | undefined {
    if (!this.active) return undefined;
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.freshUntil <= performance.now() || entry.sessionExpiresAt <= now.getTime()) {
      this.remove(tokenHash, entry.user.id);
      return undefined;
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, entry);
    return entry.user;
  }

  store(tokenHash: string, user: AuthUser, sessionExpiresAt: Date, stamp: number): void {
    if (!this.active || stamp !== this.generation) return;
    const old = this.entries.get(tokenHash);
    if (old) this.remove(tokenHash, old.user.id);
    // Shared by every request of the session while cached: frozen, so no request can change it for the others.
    Object.freeze(user.readsLocales);
    this.entries.set(tokenHash, {
      user: Object.freeze(user),
      freshUntil: performance.now() + this.ttlMs,
      sessionExpiresAt: sessionExpiresAt.getTime(),
    });
    let hashes = this.hashesOf.get(user.id);
    if (!hashes) this.hashesOf.set(user.id, (hashes = new Set()));
    hashes.add(tokenHash);
    while (this.entries.size > SESSION_CACHE_MAX_ENTRIES) {
      const [oldest, entry] = this.entries.entries().next().value as [string, Entry];
      this.remove(oldest, entry.user.id);
    }
  }

  /** A user's live capabilities, from the cache when it may answer, else from `read` (then kept). */
  async capabilities(userId: string, read: () => Promise<Capability[]>): Promise<Capability[]> {
    if (!this.active) return read();
    const entry = this.capabilitiesOf.get(userId);
    if (entry && entry.freshUntil > performance.now()) return entry.capabilities;
    const stamp = this.generation;
    const capabilities = await read();
    if (this.active && stamp === this.generation) {
      this.capabilitiesOf.delete(userId);
      this.capabilitiesOf.set(userId, {
        capabilities: Object.freeze(capabilities) as Capability[],
        freshUntil: performance.now() + this.ttlMs,
      });
      if (this.capabilitiesOf.size > SESSION_CACHE_MAX_ENTRIES)
        this.capabilitiesOf.delete(this.capabilitiesOf.keys().next().value as string);
    }
    return capabilities;
  }

  /** Drops these users' entries here, and tells every other process to (best effort: see the class comment). */
  async announce(userIds: readonly string[]): Promise<void> {
    this.forget(userIds);
    for (let i = 0; i < userIds.length; i += IDS_PER_MESSAGE) {
      try {
        await this.redis.redis.publish(this.channel, JSON.stringify(userIds.slice(i, i + IDS_PER_MESSAGE)));
      } catch (error) {
        // Other processes that cannot be told are either off Redis too (and bypass their caches) or keep an
        // entry for at most the cache's lifetime.
        this.logger.warn({ msg: 'session change not announced', err: (error as Error).message });
      }
    }
  }

  /** TypeORM calls this after every commit (and savepoint release): announces what the transaction changed. */
  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return; // a savepoint; the outer transaction may still roll back
    const pending = pendingOf.get(runner);
    if (!pending) return;
    pendingOf.delete(runner);
    await this.announce([...pending]).catch(() => undefined);
  }

  afterTransactionRollback(event: TransactionCommitEvent): void {
    if (!event.queryRunner.isTransactionActive) pendingOf.delete(event.queryRunner);
  }

  private forget(userIds: readonly string[]): void {
    this.generation++;
    for (const id of userIds) {
      this.capabilitiesOf.delete(id);
      const hashes = this.hashesOf.get(id);
      if (!hashes) continue;
      for (const hash of hashes) this.entries.delete(hash);
      this.hashesOf.delete(id);
    }
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
    this.hashesOf.clear();
    this.capabilitiesOf.clear();
  }

  private remove(tokenHash: string, userId: string): void {
    this.entries.delete(tokenHash);
    const hashes = this.hashesOf.get(userId);
    hashes?.delete(tokenHash);
    if (hashes?.size === 0) this.hashesOf.delete(userId);
  }

  /** Subscribes on a connection of its own (a subscribed connection takes no other commands). */
  private listen(): void {
    const sub = this.redis.redis.duplicate({
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
      lazyConnect: true,
      connectionName: this.channel,
    });
    this.subscriber = sub;
    const down = () => {
      if (this.subscribed) this.logger.warn({ msg: 'session cache off until Redis pub/sub is back' });
      this.subscribed = false;
      this.clear();
    };
    sub.on('error', () => undefined);
    sub.on('close', down);
    sub.on('reconnecting', down);
    sub.on('end', down);
    sub.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        const ids = JSON.parse(message) as unknown;
        if (Array.isArray(ids)) this.forget(ids.filter((id): id is string => typeof id === 'string'));
        else this.clear();
      } catch {
        this.clear();
      }
    });
    // (Re)subscribing after each connect: until the server confirms, nothing is cached; what was cached
    // before a drop is gone, as announcements may have been missed meanwhile.
    sub.on('ready', () => {
      sub.subscribe(this.channel).then(
        () => {
          if (this.closed) return;
          this.clear();
          this.subscribed = true;
        },
        () => down(),
      );
    });
    sub.connect().catch(() => undefined);
  }
}
