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
};
