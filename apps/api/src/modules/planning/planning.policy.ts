import { ForbiddenException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';
import { Where } from '../../core/database/where';

/**
 * Who sees which workplan. Admins draft, edit and approve every country's plans. A coordinator sees the
 * lines of their own unit only (the plan's other units stay out of their view). Member admins see no plan
 * or unit: only the aggregated demand their firm's trainers are matched against (`demandScope`).
 */
export const PlanningPolicy = {
  /** The workplans the caller may read: every one for admins; those with a line for their unit for coordinators. */
  workplanScope(user: AuthUser, where = new Where()): Where {
    if (user.role === 'admin') return where;
    if (user.role === 'coordinator' && user.policeUnitId)
      return where.add(
        'EXISTS (SELECT 1 FROM plan_line ol WHERE ol.workplan_id = w.id AND ol.police_unit_id = ?)',
        user.policeUnitId,
      );
    return where.raw('false');
  },

  /** The plan lines the caller may read (as `l`, joined to its workplan `w`). */
  lineScope(user: AuthUser, where = new Where()): Where {
    if (user.role === 'admin') return where;
    if (user.role === 'coordinator' && user.policeUnitId) return where.add('l.police_unit_id = ?', user.policeUnitId);
    return where.raw('false');
  },

  /** The lines of a visible plan the caller may see (the same rule as `lineScope`, for rows already read). */
  visibleLines<T extends { policeUnitId: string }>(user: AuthUser, lines: T[]): T[] {
    if (user.role === 'admin') return lines;
    return lines.filter((l) => user.role === 'coordinator' && l.policeUnitId === user.policeUnitId);
  },

  /** The firm whose trainers' demand the caller sees: a member admin's own; admins name none (every firm). */
  demandFirm(user: AuthUser): string | null {
    if (user.role === 'admin') return null;
    if (user.role === 'member_admin' && user.memberFirmId) return user.memberFirmId;
    throw new ForbiddenException(
      coded('workplan.demand_forbidden', null, 'plan demand is for admins and member admins'),
    );
  },

  /** Member admins see demand counts rounded as the rest of uptake (1–4 as "<5"); admins exact. */
  suppressesDemand(user: AuthUser): boolean {
    return user.role !== 'admin';
  },
};
