import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { exists } from '../../core/database/sql';
import { runInTransaction } from '../../core/database/transaction';
import { coded } from '../../core/errors/coded';
import { AuditService } from '../audit/audit.service';
import { contentLocaleExists } from '../translations/translations.queries';
import {
  CapabilityGrantRow,
  courseExists,
  findGrant,
  insertGrant,
  listGrantsOf,
  revokeGrant,
  revokeLiveGrants,
} from './capability-grants.queries';
import type { Capability } from '@icspa/domain';
import { CapabilityGrantCreateDto, CapabilityGrantResponseDto } from './dtos/capability-grant.dto';

/** Capabilities an admin grants a user beside their role (DESIGN.md "capability grant"), each change audited. */
@Injectable()
export class CapabilityGrantsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(userId: string): Promise<CapabilityGrantResponseDto[]> {
    await this.assertUser(this.db.manager, userId);
    return (await listGrantsOf(this.db.manager, userId)).map(toGrantResponse);
  }

  async grant(actor: AuthUser, userId: string, body: CapabilityGrantCreateDto): Promise<CapabilityGrantResponseDto> {
    return runInTransaction(this.db, async (manager) => {
      await this.assertUser(manager, userId);
      if (body.capability === 'translate' && !(await contentLocaleExists(manager, body.scope)))
        throw new BadRequestException(
          coded('capability_grant.unknown_locale', 'scope', `no content locale ${body.scope}`, { scope: body.scope }),
        );
      if (body.capability === 'local_trainer' && !(await courseExists(manager, body.scope)))
        throw new BadRequestException(coded('capability_grant.unknown_course', 'scope', 'no such course'));
      const id = await insertGrant(manager, { ...body, userId, grantedBy: actor.id, at: this.clock.now() });
      if (!id)
        throw new ConflictException(
          coded(
            'capability_grant.already_active',
            'scope',
            `the user already holds ${body.capability} in ${body.scope}`,
            {
              capability: body.capability,
              scope: body.scope,
            },
          ),
        );
      await this.audit.record(manager, actor, {
        action: 'capability_grant.grant',
        entityType: 'app_user',
        entityId: userId,
        details: { grantId: id, capability: body.capability, scope: body.scope },
      });
      return toGrantResponse((await findGrant(manager, userId, id))!);
    });
  }

  async revoke(actor: AuthUser, userId: string, grantId: string): Promise<CapabilityGrantResponseDto> {
    return runInTransaction(this.db, async (manager) => {
      const grant = /^[0-9a-f-]{36}$/i.test(grantId) ? await findGrant(manager, userId, grantId) : null;
      if (!grant) throw new NotFoundException(coded('capability_grant.not_found', 'grantId', 'no such grant'));
      if (!(await revokeGrant(manager, grantId, actor.id, this.clock.now())))
        throw new ConflictException(
          coded('capability_grant.already_revoked', 'grantId', 'the grant is already revoked'),
        );
      await this.audit.record(manager, actor, {
        action: 'capability_grant.revoke',
        entityType: 'app_user',
        entityId: userId,
        details: { grantId, capability: grant.capability, scope: grant.scope },
      });
      return toGrantResponse((await findGrant(manager, userId, grantId))!);
    });
  }

  /**
   * For another module's flow (a local trainer confirmed), in its transaction: grants `capability` in each
   * scope the user does not already hold live, audited as any grant. Answers the scopes newly granted.
   */
  async grantWithin(
    manager: EntityManager,
    actor: AuthUser,
    userId: string,
    capability: Capability,
    scopes: string[],
  ): Promise<string[]> {
    const granted: string[] = [];
    for (const scope of scopes) {
      const id = await insertGrant(manager, { userId, capability, scope, grantedBy: actor.id, at: this.clock.now() });
      if (!id) continue;
      granted.push(scope);
      await this.audit.record(manager, actor, {
        action: 'capability_grant.grant',
        entityType: 'app_user',
        entityId: userId,
        details: { grantId: id, capability, scope },
      });
    }
    return granted;
  }

  /**
   * For another module's flow (a local trainer's certification lapsed), in its transaction: revokes the
   * user's live grants of `capability` in these scopes; `actor` null is the system. Answers the scopes revoked.
   */
  async revokeWithin(
    manager: EntityManager,
    actor: AuthUser | null,
    userId: string,
    capability: Capability,
    scopes: string[],
  ): Promise<string[]> {
    const revoked = await revokeLiveGrants(manager, userId, capability, scopes, actor?.id ?? null, this.clock.now());
    for (const r of revoked)
      await this.audit.record(manager, actor, {
        action: 'capability_grant.revoke',
        entityType: 'app_user',
        entityId: userId,
        details: { grantId: r.id, capability, scope: r.scope, reason: 'qualification_lapsed' },
      });
    return revoked.map((r) => r.scope);
  }

  private async assertUser(manager: EntityManager, userId: string): Promise<void> {
    const found =
      /^[0-9a-f-]{36}$/i.test(userId) && (await exists(manager, `SELECT 1 FROM app_user WHERE id = $1`, [userId]));
    if (!found) throw new NotFoundException(coded('user.not_found', 'id', 'no such user'));
  }
}

export function toGrantResponse(row: CapabilityGrantRow): CapabilityGrantResponseDto {
  return {
    id: row.id,
    userId: row.userId,
    capability: row.capability,
    scope: row.scope,
    grantedAt: row.grantedAt.toISOString(),
    grantedByEmail: row.grantedByEmail,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedByEmail: row.revokedByEmail,
  };
}
