import { NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';
import { Where } from '../../core/database/where';

/**
 * Who may onboard a unit's officers from a file: admins for any unit, a coordinator for their own. Another
 * unit answers 404 (`police_unit.not_found`), so its existence is not confirmed either; the guard refuses
 * every other role (403).
 */
export const OfficerImportPolicy = {
  /** Imports the user may see, as conditions on `officer_import i`. */
  scope(user: AuthUser, where: Where = new Where()): Where {
    if (user.role === 'admin') return where;
    if (user.role === 'coordinator' && user.policeUnitId) return where.add('i.police_unit_id = ?', user.policeUnitId);
    return where.raw('false');
  },

  assertCanImportFor(user: AuthUser, policeUnitId: string): void {
    if (user.role === 'admin') return;
    if (user.role === 'coordinator' && user.policeUnitId === policeUnitId) return;
    throw new NotFoundException(coded('police_unit.not_found', 'policeUnitId', 'no such police unit'));
  },
};
