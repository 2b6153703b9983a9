import { NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';

/**
 * Who may see which organisation: admins all; officers and coordinators their own police unit;
 * trainers and member admins their own member firm. Others' records answer 404, so their existence
 * is not confirmed either.
 */
export const OrganisationsPolicy = {
  /** The police unit a caller is limited to, or null when they may see all. */
  policeUnitScope(user: AuthUser): string | null {
    return user.role === 'admin' ? null : (user.policeUnitId ?? 'none');
  },

  memberFirmScope(user: AuthUser): string | null {
    return user.role === 'admin' ? null : (user.memberFirmId ?? 'none');
  },

  assertCanReadPoliceUnit(user: AuthUser, unitId: string): void {
    const scope = this.policeUnitScope(user);
    if (scope !== null && scope !== unitId)
      throw new NotFoundException(coded('police_unit.not_found', 'id', 'no such police unit'));
  },

  assertCanReadMemberFirm(user: AuthUser, firmId: string): void {
    const scope = this.memberFirmScope(user);
    if (scope !== null && scope !== firmId)
      throw new NotFoundException(coded('member_firm.not_found', 'id', 'no such member firm'));
  },
};
