import { BadRequestException, ForbiddenException } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { MANAGED_ROLES, type Role, UNIT_ROLES } from '@icspa/domain';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';
import type { AppUser } from './app-user.entity';

/** Matches no row: a caller without a unit or firm (which the schema forbids for these roles) sees nobody. */
const NO_SCOPE = '00000000-0000-0000-0000-000000000000';

/** The fields of an account that decide who manages it. */
export interface AccountPlace {
  role: Role;
  policeUnitId: string | null;
  memberFirmId: string | null;
}

/**
 * Who manages which accounts (`MANAGED_ROLES`): admins every account; a member admin their firm's trainers; a
 * coordinator their unit's officers. Accounts outside the scope answer 404 (list and get share the scope), so
 * their existence is not confirmed. Nobody creates or moves an account to a role or a place outside their
 * scope, and nobody changes their own role.
 */
export const UsersPolicy = {
  /** Adds the caller's scope to a query of `app_user` aliased `u`. */
  userScope<T extends object>(actor: AuthUser, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    switch (actor.role) {
      case 'admin':
        return qb;
      case 'member_admin':
        return qb
          .andWhere('u.memberFirmId = :scopeFirmId', { scopeFirmId: actor.memberFirmId ?? NO_SCOPE })
          .andWhere('u.role = :scopeRole', { scopeRole: 'trainer' });
      case 'coordinator':
        return qb
          .andWhere('u.policeUnitId = :scopeUnitId', { scopeUnitId: actor.policeUnitId ?? NO_SCOPE })
          .andWhere('u.role = :scopeRole', { scopeRole: 'officer' });
      default:
        return qb.andWhere('false');
    }
  },

  /**
   * Where an account the caller creates goes: a member admin's trainers join the member admin's firm, a
   * coordinator's officers their unit (when the body names none); any other role or place is refused (403).
   */
  placeForCreate(actor: AuthUser, wanted: AccountPlace): AccountPlace {
    if (!MANAGED_ROLES[actor.role].includes(wanted.role))
      throw new ForbiddenException(
        coded('user.role_not_allowed', 'role', `you may not give accounts the role ${wanted.role}`, {
          role: wanted.role,
        }),
      );
    if (actor.role === 'member_admin') {
      if (wanted.memberFirmId && wanted.memberFirmId !== actor.memberFirmId) throw outsideScope('memberFirmId');
      return { ...wanted, memberFirmId: actor.memberFirmId };
    }
    if (actor.role === 'coordinator') {
      if (wanted.policeUnitId && wanted.policeUnitId !== actor.policeUnitId) throw outsideScope('policeUnitId');
      return { ...wanted, policeUnitId: actor.policeUnitId };
    }
    return wanted;
  },

  /**
   * A change of role, unit or firm of a visible account: admins only, never of their own account, and only to
   * a role they manage (an admin manages every role).
   */
  assertCanMove(
    actor: AuthUser,
    target: Pick<AppUser, 'id'>,
    changed: { role: boolean; policeUnitId: boolean; memberFirmId: boolean },
  ): void {
    if (changed.role && target.id === actor.id)
      throw new ForbiddenException(coded('user.cannot_change_own_role', 'role', 'you cannot change your own role'));
    const field = (['role', 'policeUnitId', 'memberFirmId'] as const).find((f) => changed[f]);
    if (field && actor.role !== 'admin') throw outsideScope(field);
  },
};

/**
 * Protected officers (issue 20): who may mark an officer protected or lift it. The officer's unit coordinator
 * (officers and the unit's other coordinators) and admins (any officer or coordinator); never the officer
 * themself — protection is a decision about an operational risk, taken by the unit or the alliance, and an officer
 * asks their coordinator. Outside this scope the officer is not confirmed to exist (404).
 */
export const ProtectionPolicy = {
  /** Adds the caller's scope to a query of `app_user` aliased `u`: the accounts whose protection they decide. */
  officerScope<T extends object>(actor: AuthUser, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    switch (actor.role) {
      case 'admin':
        return qb;
      case 'coordinator':
        return qb
          .andWhere('u.policeUnitId = :scopeUnitId', { scopeUnitId: actor.policeUnitId ?? NO_SCOPE })
          .andWhere('u.role IN (:...scopeRoles)', { scopeRoles: ['officer', 'coordinator'] });
      default:
        return qb.andWhere('false');
    }
  },

  /** Only officers and coordinators (people of a unit) are protected; never by themselves. */
  assertCanProtect(actor: AuthUser, target: Pick<AppUser, 'id' | 'role'>): void {
    if (target.id === actor.id)
      throw new ForbiddenException(
        coded('user.protection_not_self', 'id', 'your unit coordinator or an admin decides your protection'),
      );
    if (!UNIT_ROLES.includes(target.role))
      throw new BadRequestException(
        coded('user.protection_not_officer', 'id', 'only officers and coordinators are protected'),
      );
  },
};

function outsideScope(field: string): ForbiddenException {
  return new ForbiddenException(
    coded('user.outside_scope', field, 'you may manage only the accounts of your own unit or firm'),
  );
}
