import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { FIRM_ROLES, UNIT_ROLES } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { Clock } from '../../core/clock/clock';
import { isPgError, PG } from '../../core/database/pg-errors';
import { runInTransaction } from '../../core/database/transaction';
import { keysetWindow, nextCursor } from '../../core/http/pagination.dto';
import { pageTotalOf } from '../../core/database/sql';
import { AuditService } from '../audit/audit.service';
import { MemberFirm } from '../organisations/member-firm.entity';
import { PoliceUnit } from '../organisations/police-unit.entity';
import { AppUser } from './app-user.entity';
import { AccountLinksService, type IssuedAccountLink } from './account-links.service';
import { revokeLiveLinksOf } from './account-links.queries';
import type { AccountLinkIssuedDto } from './dtos/account-link.dto';
import {
  UserCreateDto,
  UserCreatedResponseDto,
  UserListQueryDto,
  UserProtectionDto,
  UserResponseDto,
  UserUpdateDto,
} from './dtos/user.dto';
import { hashPassword, NO_PASSWORD_HASH } from './password-hasher';
import { personSearchSql, searchQuery } from './person-search';
import { SessionService } from './session.service';
import { toMe } from './auth.service';
import { coded } from '../../core/errors/coded';
import { sessionFactsChanged } from './session-cache';
import { type AccountPlace, ProtectionPolicy, UsersPolicy } from './users.policy';
import { CertificationsService } from '../certifications/certifications.service';

/**
 * The People operations: list, read, create (with a password, or with an invitation), edit, disable and
 * enable, invite and reset — each within the caller's scope (`UsersPolicy`) and audited with the change.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly links: AccountLinksService,
    private readonly clock: Clock,
    private readonly certifications: CertificationsService,
  ) {}

  private scoped(actor: AuthUser, manager: EntityManager = this.db.manager) {
    return UsersPolicy.userScope(actor, manager.getRepository(AppUser).createQueryBuilder('u'));
  }

  async list(actor: AuthUser, query: UserListQueryDto) {
    const { page, pageSize, skip, after } = keysetWindow(query, 1);
    const qb = this.scoped(actor);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.policeUnitId) qb.andWhere('u.policeUnitId = :unit', { unit: query.policeUnitId });
    if (query.memberFirmId) qb.andWhere('u.memberFirmId = :firm', { firm: query.memberFirmId });
    const q = searchQuery(query.q);
    let n = 0;
    const search = q
      ? personSearchSql(q, (value) => {
          qb.setParameter(`search${++n}`, value);
          return `:search${n}`;
        })
      : null;
    if (search) qb.andWhere(search.condition('u'));
    // A search is ranked, not in the cursor's order (the e-mail): it pages by number only.
    if (search && after)
      throw new BadRequestException(coded('validation.invalid', 'after', 'a search pages by page number only'));
    const [counted, countParams] = qb.clone().select('u.id').getQueryAndParameters();
    if (after) qb.andWhere('u.email > :after', { after: after[0] });
    // Best matches first; the name search forgives typos (person-search.ts).
    if (search) qb.addSelect(search.rank('u'), 'search_rank').orderBy('search_rank', 'DESC').addOrderBy('u.email');
    else qb.orderBy('u.email');
    const rows = await qb.skip(skip).take(pageSize).getMany();
    const total = await pageTotalOf(
      this.db.manager,
      counted,
      countParams,
      { skip: after ? null : skip, pageSize },
      rows.length,
    );
    return {
      items: rows.map(toUserResponse),
      ...total,
      page,
      pageSize,
      nextCursor: search ? null : nextCursor(rows, pageSize, () => [rows[rows.length - 1].email]),
    };
  }

  async get(actor: AuthUser, id: string): Promise<UserResponseDto> {
    const user = await this.scoped(actor).andWhere('u.id = :id', { id }).getOne();
    if (!user) throw notFound();
    return toUserResponse(user);
  }

  /**
   * Creates an account in the caller's scope. With a password it can sign in at once; without one the owner
   * is invited: a one-time link, e-mailed when SMTP is configured and otherwise answered for the caller to
   * hand over.
   */
  async create(actor: AuthUser, body: UserCreateDto): Promise<UserCreatedResponseDto> {
    const email = body.email.trim().toLowerCase();
    const place = UsersPolicy.placeForCreate(actor, {
      role: body.role,
      policeUnitId: body.policeUnitId ?? null,
      memberFirmId: body.memberFirmId ?? null,
    });
    assertPlaceFitsRole(place);
    const passwordHash = body.password === undefined ? NO_PASSWORD_HASH : await hashPassword(body.password);
    let invitation: IssuedAccountLink | null = null;
    const user = await this.uniqueEmail(() =>
      runInTransaction(this.db, async (manager) => {
        await assertPlaceExists(manager, place);
        if (await manager.getRepository(AppUser).exists({ where: { email } })) throw emailInUse();
        const created = await manager.getRepository(AppUser).save(
          manager.getRepository(AppUser).create({
            email,
            displayName: body.displayName.trim(),
            role: place.role,
            passwordHash,
            policeUnitId: place.policeUnitId,
            memberFirmId: place.memberFirmId,
          }),
        );
        await this.audit.record(manager, actor, {
          action: 'app_user.create',
          entityType: 'app_user',
          entityId: created.id,
          details: {
            email,
            displayName: created.displayName,
            role: place.role,
            policeUnitId: place.policeUnitId,
            memberFirmId: place.memberFirmId,
            invited: body.password === undefined,
          },
        });
        invitation = body.password === undefined ? await this.links.issueInvitation(manager, created.id, actor) : null;
        return created;
      }),
    );
    if (invitation) this.links.relayMail();
    return { ...toUserResponse(user), invitation: invitation ? issuedDto(invitation) : null };
  }

  /**
   * Edits a visible account: name and e-mail within the caller's scope; role, unit and firm by admins only (never
   * their own role); disabling (never one's own account) ends every session and link of the account at once.
   */
  async update(actor: AuthUser, id: string, body: UserUpdateDto): Promise<UserResponseDto> {
    return this.uniqueEmail(() =>
      runInTransaction(this.db, async (manager) => {
        const user = await this.lockVisible(actor, manager, id);
        const now = this.clock.now();
        const place: AccountPlace = {
          role: body.role ?? user.role,
          policeUnitId: body.policeUnitId !== undefined ? body.policeUnitId : user.policeUnitId,
          memberFirmId: body.memberFirmId !== undefined ? body.memberFirmId : user.memberFirmId,
        };
        const moved = {
          role: place.role !== user.role,
          policeUnitId: place.policeUnitId !== user.policeUnitId,
          memberFirmId: place.memberFirmId !== user.memberFirmId,
        };
        UsersPolicy.assertCanMove(actor, user, moved);
        // An erased account keeps only placeholders: it is never edited or enabled again.
        if (user.erasedAt) throw alreadyErased();
        if (body.disabled === true && id === actor.id)
          throw new BadRequestException(
            coded('user.cannot_disable_self', 'disabled', 'you cannot disable your own account'),
          );
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        const change = <K extends 'displayName' | 'email' | 'role' | 'policeUnitId' | 'memberFirmId'>(
          key: K,
          to: AppUser[K],
        ) => {
          if (user[key] === to) return;
          changes[key] = { from: user[key], to };
          user[key] = to;
        };
        if (moved.role || moved.policeUnitId || moved.memberFirmId) {
          assertPlaceFitsRole(place);
          // Protection hides an officer's name outside their unit; an account without a unit would lose it silently.
          if (user.protectedAt && !UNIT_ROLES.includes(place.role))
            throw new ConflictException(
              coded(
                'user.protected_role_change',
                'role',
                'lift the protection before moving the officer out of unit roles',
              ),
            );
          await assertPlaceExists(manager, place);
        }
        if (body.displayName !== undefined) change('displayName', body.displayName.trim());
        if (body.email !== undefined) {
          const email = body.email.trim().toLowerCase();
          if (email !== user.email && (await manager.getRepository(AppUser).exists({ where: { email } })))
            throw emailInUse();
          // A link already sent to the old address must not outlive the change.
          if (email !== user.email) await revokeLiveLinksOf(manager, user.id, this.clock.now());
          change('email', email);
        }
        change('role', place.role);
        change('policeUnitId', place.policeUnitId);
        change('memberFirmId', place.memberFirmId);
        const disabling = body.disabled === true && user.disabledAt === null;
        const enabling = body.disabled === false && user.disabledAt !== null;
        if (disabling) user.disabledAt = now;
        if (enabling) user.disabledAt = null;
        // Retention counts from the last time the officer left a unit or was disabled; enabled again, it stops.
        if (disabling || (moved.policeUnitId && user.leftAt === null && !enabling)) user.leftAt = now;
        if (enabling) user.leftAt = null;
        if (Object.keys(changes).length === 0 && !disabling && !enabling) return toUserResponse(user);
        await manager.getRepository(AppUser).save(user);
        await sessionFactsChanged(manager, [id]);
        if (Object.keys(changes).length)
          await this.audit.record(manager, actor, {
            action: 'app_user.update',
            entityType: 'app_user',
            entityId: id,
            details: { changes },
          });
        if (disabling) {
          await this.sessions.revokeAllFor(id, manager);
          await revokeLiveLinksOf(manager, id, now);
        }
        if (disabling || enabling)
          await this.audit.record(manager, actor, {
            action: disabling ? 'app_user.disable' : 'app_user.enable',
            entityType: 'app_user',
            entityId: id,
          });
        return toUserResponse(user);
      }),
    );
  }

  /**
   * Marks an officer protected, or lifts it (`ProtectionPolicy`): `protected_at`/`protected_by_id`, audited with
   * the reason, and in the same transaction their credentials not revoked are signed again without their name
   * (with it when lifted). The same state again changes nothing and records nothing.
   */
  async setProtection(actor: AuthUser, id: string, body: UserProtectionDto): Promise<UserResponseDto> {
    const reason = body.reason.trim();
    if (!reason)
      throw new BadRequestException(coded('validation.minLength', 'reason', 'must not be blank', { min: 1 }));
    return runInTransaction(this.db, async (manager) => {
      const user = await ProtectionPolicy.officerScope(actor, manager.getRepository(AppUser).createQueryBuilder('u'))
        .andWhere('u.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!user) throw notFound();
      ProtectionPolicy.assertCanProtect(actor, user);
      if (user.erasedAt) throw alreadyErased();
      if ((user.protectedAt !== null) === body.protected) return toUserResponse(user);
      user.protectedAt = body.protected ? this.clock.now() : null;
      user.protectedById = body.protected ? actor.id : null;
      await manager
        .getRepository(AppUser)
        .update({ id }, { protectedAt: user.protectedAt, protectedById: user.protectedById });
      // Nothing cached holds the protection today; announced all the same, as every change of what decides
      // how a person is named must be (issue 21), so a cache of names added later cannot keep a stale one.
      await sessionFactsChanged(manager, [id]);
      const resigned = await this.certifications.resignHolder(manager, id, body.protected ? null : user.displayName);
      await this.audit.record(manager, actor, {
        action: body.protected ? 'app_user.protect' : 'app_user.unprotect',
        entityType: 'app_user',
        entityId: id,
        details: { reason, credentialsResigned: resigned },
      });
      return toUserResponse(user);
    });
  }

  /** A new invitation for a visible account whose owner has not chosen a password yet (earlier links stop working). */
  invite(actor: AuthUser, id: string): Promise<AccountLinkIssuedDto> {
    return this.issueLink(actor, id, 'invitation');
  }

  /** A password-reset link for a visible, enabled account; the current password works until the link is used. */
  resetPassword(actor: AuthUser, id: string): Promise<AccountLinkIssuedDto> {
    return this.issueLink(actor, id, 'password_reset');
  }

  private async issueLink(
    actor: AuthUser,
    id: string,
    purpose: 'invitation' | 'password_reset',
  ): Promise<AccountLinkIssuedDto> {
    const issued = await runInTransaction(this.db, async (manager) => {
      const user = await this.lockVisible(actor, manager, id);
      if (user.erasedAt) throw alreadyErased();
      if (user.disabledAt)
        throw new ConflictException(coded('user.disabled', 'id', 'the account is disabled; enable it first'));
      if (purpose === 'invitation') {
        if (user.passwordHash !== NO_PASSWORD_HASH)
          throw new ConflictException(
            coded('user.password_already_set', 'id', 'the account has a password already; send a password reset'),
          );
        return this.links.issueInvitation(manager, id, actor);
      }
      return this.links.issuePasswordReset(manager, id, actor);
    });
    this.links.relayMail();
    return issuedDto(issued);
  }

  private async lockVisible(actor: AuthUser, manager: EntityManager, id: string): Promise<AppUser> {
    const user = await this.scoped(actor, manager).andWhere('u.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!user) throw notFound();
    return user;
  }

  /** Two writes of one e-mail at once: the unique index refuses the second, answered as the check would. */
  private async uniqueEmail<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isPgError(error, PG.UNIQUE_VIOLATION, 'uq_app_user__email')) throw emailInUse();
      throw error;
    }
  }
}

function notFound(): NotFoundException {
  return new NotFoundException(coded('user.not_found', 'id', 'no such user'));
}

function emailInUse(): ConflictException {
  return new ConflictException(coded('user.email_in_use', 'email', 'already in use'));
}

/** A unit for exactly the unit roles, a firm for exactly the firm roles. */
function assertPlaceFitsRole(place: AccountPlace): void {
  const needsUnit = UNIT_ROLES.includes(place.role);
  const needsFirm = FIRM_ROLES.includes(place.role);
  const role = place.role;
  if (needsUnit && !place.policeUnitId)
    throw new BadRequestException(
      coded('user.unit_required_for_role', 'policeUnitId', `is required for role ${role}`, { role }),
    );
  if (!needsUnit && place.policeUnitId)
    throw new BadRequestException(
      coded('user.unit_not_allowed_for_role', 'policeUnitId', `is not allowed for role ${role}`, { role }),
    );
  if (needsFirm && !place.memberFirmId)
    throw new BadRequestException(
      coded('user.firm_required_for_role', 'memberFirmId', `is required for role ${role}`, { role }),
    );
  if (!needsFirm && place.memberFirmId)
    throw new BadRequestException(
      coded('user.firm_not_allowed_for_role', 'memberFirmId', `is not allowed for role ${role}`, { role }),
    );
}

async function assertPlaceExists(manager: EntityManager, place: AccountPlace): Promise<void> {
  if (place.policeUnitId && !(await manager.getRepository(PoliceUnit).exists({ where: { id: place.policeUnitId } })))
    throw new BadRequestException(coded('police_unit.not_found', 'policeUnitId', 'no such police unit'));
  if (place.memberFirmId && !(await manager.getRepository(MemberFirm).exists({ where: { id: place.memberFirmId } })))
    throw new BadRequestException(coded('member_firm.not_found', 'memberFirmId', 'no such member firm'));
}

function issuedDto(link: IssuedAccountLink): AccountLinkIssuedDto {
  return { link: link.emailed ? null : link.url, emailed: link.emailed, expiresAt: link.expiresAt.toISOString() };
}

export function toUserResponse(user: AppUser): UserResponseDto {
  return {
    ...toMe(user),
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
    passwordSet: user.passwordHash !== NO_PASSWORD_HASH,
    protected: user.protectedAt !== null,
  };
}

/** An erased account keeps only placeholders: nothing writes it again (no edit, protection or link). */
function alreadyErased(): ConflictException {
  return new ConflictException(coded('user.already_erased', 'id', 'the account’s personal data was erased'));
}
