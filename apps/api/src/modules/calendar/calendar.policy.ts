import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';

/** Enrolment statuses whose officer meets with the cohort (a seat held, or held until the end). */
const SEATED = `('enrolled', 'completed', 'failed')`;

/** SQL: the user (placeholder `me`) teaches cohort `co`, as its trainer or its co-trainer (co-delivery). */
const teaches = (me: string) => `(co.trainer_id = ${me}::uuid OR co.co_trainer_id = ${me}::uuid)`;

/**
 * Whose calendar shows what, in one place for the calendar page (`GET /api/calendar`) and the private
 * iCalendar feed alike. Sessions are conditions on `training_session ts JOIN cohort co JOIN course c`:
 * an officer's own sessions (a seat in the cohort); a coordinator's unit's (a seat or a place in the queue
 * of any officer of the unit, or a cohort reserved for the unit); a trainer's cohorts'; and, for anyone, the
 * cohorts they teach as trainer or co-trainer (a local trainer is an officer or coordinator); a member admin's
 * firm's trainers'; everything for admins. Personal entries (certification expiry, proposals to answer,
 * unavailability) are the user's own, whatever the role.
 */
export const CalendarPolicy = {
  sessionScope(
    user: Pick<AuthUser, 'id' | 'role' | 'policeUnitId' | 'memberFirmId'>,
    where: Where = new Where(),
  ): Where {
    switch (user.role) {
      case 'admin':
        return where;
      case 'officer': {
        const me = where.param(user.id);
        return where.raw(
          `(${teaches(me)} OR EXISTS (SELECT 1 FROM enrolment e WHERE e.cohort_id = co.id AND e.officer_id = ${me} AND e.status IN ${SEATED}))`,
        );
      }
      case 'coordinator': {
        const me = where.param(user.id);
        return where.raw(
          `(${teaches(me)} OR EXISTS (SELECT 1 FROM (SELECT ${where.param(user.policeUnitId)}::uuid AS unit_id) p
            WHERE co.police_unit_id = p.unit_id OR EXISTS (SELECT 1 FROM enrolment e JOIN app_user u ON u.id = e.officer_id
              WHERE e.cohort_id = co.id AND u.police_unit_id = p.unit_id
                AND e.status IN ('enrolled', 'completed', 'failed', 'waitlisted', 'pending_approval'))))`,
        );
      }
      case 'trainer':
        return where.raw(teaches(where.param(user.id)));
      case 'member_admin':
        return where.add(
          `EXISTS (SELECT 1 FROM app_user ct WHERE ct.id = co.trainer_id AND ct.member_firm_id = ?)`,
          user.memberFirmId,
        );
      default:
        return where.raw('false');
    }
  },
};
