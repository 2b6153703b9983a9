import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import type { AuthUser } from '../../core/auth/auth-user';
import type { SessionLookup } from '../../core/auth/session-lookup';
import { Clock } from '../../core/clock/clock';
import { affectedRows } from '../../core/database/sql';
import { findSessionUser, revokeSessionsOf } from './identity.queries';
import { Session } from './session.entity';

@Injectable()
export class SessionService implements SessionLookup {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Keyed hash of a token: the only form in which a token is stored. */
  hashToken(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('hex');
  }

  async open(
    userId: string,
    meta: { ipAddress?: string; userAgent?: string },
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.sessionTtlHours * 3600_000);
    await this.db.getRepository(Session).insert({
      userId,
      tokenHash: this.hashToken(token),
      expiresAt,
      revokedAt: null,
      ipAddress: meta.ipAddress?.slice(0, 45) ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  async findUser(token: string): Promise<AuthUser | null> {
    if (token.length > 200) return null;
    return findSessionUser(this.db.manager, this.hashToken(token), this.clock.now());
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.getRepository(Session).update({ id: sessionId }, { revokedAt: this.clock.now() });
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
