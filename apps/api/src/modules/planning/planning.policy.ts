import { ForbiddenException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';
import { coded } from '../../core/errors/coded';
import { Where } from '../../core/database/where';

/**
 * Who may see or touch competency-framework and needs-assessment data. The framework is readable by every
 * signed-in user and edited by admins (`@Allow('admin')`). Needs assessments are unit data: a coordinator sees
 * and edits only their own unit's, an admin all; officers, trainers and member admins none (the guard answers
 * 403, and a scope that lets nothing through answers 404 should anyone else reach a read).
 */
export const PlanningPolicy = {
  /** Whether the user reads the framework as written (admins, who edit it), not translated. */
  readsSource(user: AuthUser): boolean {
    return user.role === 'admin';
  },

  /** Needs assessments the user may see, as conditions on `needs_assessment na`. */
  needsAssessmentScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      case 'coordinator':
        return user.policeUnitId ? where.add('na.police_unit_id = ?', user.policeUnitId) : where.raw('false');
      default:
        return where.raw('false');
    }
  },

  /** The unit a new assessment is for: a coordinator's own (403 for another); an admin must name one. */
  unitForNewAssessment(user: AuthUser, requested: string | undefined): string | null {
    if (user.role === 'admin') return requested ?? null;
    if (user.role === 'coordinator' && user.policeUnitId) {
      if (requested && requested !== user.policeUnitId)
        throw new ForbiddenException(
          coded('needs_assessment.other_unit', 'policeUnitId', 'a coordinator assesses only their own unit'),
        );
      return user.policeUnitId;
    }
    throw new ForbiddenException(
      coded('needs_assessment.other_unit', 'policeUnitId', 'only coordinators and admins assess units'),
    );
  },

  // Workplans (workplans.service): admins draft, edit and approve every country's plans; a coordinator sees the
  // lines of their own unit only; member admins see no plan or unit, only the aggregated demand.
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
