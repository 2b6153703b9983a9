import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import type { AuthUser } from '../../core/auth/auth-user';
import type { SessionLookup } from '../../core/auth/session-lookup';
import { Clock } from '../../core/clock/clock';
import { affectedRows } from '../../core/database/sql';
import { findSessionUser, insertSessionWhilePasswordIs, revokeSessionsOf } from './identity.queries';
import type { Capability } from '@icspa/domain';
import { liveCapabilities } from './capability-grants.queries';
import { SessionCache, sessionFactsChanged } from './session-cache';
import { Session } from './session.entity';

@Injectable()
export class SessionService implements SessionLookup {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cache: SessionCache,
  ) {}

  /** Keyed hash of a token: the only form in which a token is stored. */
  hashToken(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('hex');
  }

  /**
   * Opens a session for the user, but only while `passwordHash` (the hash the sign-in just verified) is
   * still theirs and the account is enabled: a password change that commits while a sign-in with the old
   * password is under way leaves that sign-in without a session (`null`), never with one the change's
   * "sign out other sessions" missed. The user's row is read `FOR SHARE`, so the insert and a change's
   * update of the row are ordered: whichever comes second sees the other. Without `passwordHash` (no
   * password involved, as in tests' fixtures) only the account's being enabled is checked.
   */
  async open(
    userId: string,
    meta: { ipAddress?: string; userAgent?: string },
    passwordHash?: string,
  ): Promise<{ token: string; expiresAt: Date } | null> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.sessionTtlHours * 3600_000);
    const opened = await insertSessionWhilePasswordIs(this.db.manager, {
      userId,
      passwordHash: passwordHash ?? null,
      tokenHash: this.hashToken(token),
      expiresAt,
      ipAddress: meta.ipAddress?.slice(0, 45) ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return opened ? { token, expiresAt } : null;
  }

  /**
   * Answers from the process's session cache when it may (see `SessionCache`: a few seconds at most, and any
   * change of what is read here, on any process, drops it at once), else from the database.
   */
  async findUser(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    const tokenHash = this.hashToken(token);
    const now = this.clock.now();
    const cached = this.cache.get(tokenHash, now);
    if (cached) return cached;
    const stamp = this.cache.stamp();
    const found = await findSessionUser(this.db.manager, tokenHash, now);
    if (!found) return null;
    this.cache.store(tokenHash, found.user, found.expiresAt, stamp);
    return found.user;
  }

  /** The capabilities the user holds beside their role, through the session cache (a grant's change drops it). */
  capabilities(userId: string): Promise<Capability[]> {
    return this.cache.capabilities(userId, () => liveCapabilities(this.db.manager, userId));
  }

  async revoke(user: AuthUser): Promise<void> {
    await this.db.getRepository(Session).update({ id: user.sessionId }, { revokedAt: this.clock.now() });
    await sessionFactsChanged(this.db.manager, [user.id]);
  }

  async revokeAllFor(userId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await revokeSessionsOf(manager, userId, this.clock.now());
  }

  /** Deletes sessions that expired or were revoked more than `retentionDays` ago, in batches. */
  async purgeExpired(retentionDays: number, batchSize = 1000): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - retentionDays * 86400_000);
    let total = 0;
    for (;;) {
      const deleted = await affectedRows(
        this.db.manager,
        `DELETE FROM session WHERE id IN (SELECT id FROM session WHERE expires_at < $1 OR revoked_at < $1 LIMIT $2)`,
        [cutoff, batchSize],
      );
      total += deleted;
      if (deleted < batchSize) return total;
    }
  }
}
