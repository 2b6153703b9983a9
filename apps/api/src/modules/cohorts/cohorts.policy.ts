import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';
import { Where } from '../../core/database/where';
import { coded } from '../../core/errors/coded';

/** What the policy needs to know about an enrolment. */
export interface EnrolmentFacts {
  officerId: string;
  officerUnitId: string | null;
  cohortTrainerId: string | null;
  /** Co-delivery: the local trainer teaching beside the trainer, with the same rights over the cohort. */
  cohortCoTrainerId: string | null;
}

/** Who teaches a cohort: its trainer and, when co-delivered, its co-trainer (`cohort.co_trainer_id`). */
export type CohortTeachers = Array<string | null>;

/** Whether the user teaches the cohort (as its trainer or its co-trainer). */
const teaches = (user: AuthUser, teachers: CohortTeachers) => teachers.some((id) => id !== null && id === user.id);

/** SQL: the user (a bound parameter) teaches cohort `co`, as trainer or co-trainer. */
const teachesSql = (where: Where, userId: string) => {
  const id = where.param(userId);
  return `(co.trainer_id = ${id} OR co.co_trainer_id = ${id})`;
};

/** SQL: enrolment `e` is in a cohort the user (a bound parameter) teaches, as trainer or co-trainer. */
const teachesEnrolmentSql = (where: Where, userId: string) => {
  const id = where.param(userId);
  return `e.cohort_id = ANY (ARRAY(SELECT tc.id FROM cohort tc WHERE tc.trainer_id = ${id} OR tc.co_trainer_id = ${id}))`;
};

/** What the policy needs to know to show a training session's meeting link and address. */
export interface SessionAccessFacts {
  /** The cohort's trainer and co-trainer. */
  teachers: CohortTeachers;
  /** Officers holding a seat in the cohort (enrolled, completed or failed), with their police unit. */
  seated: Array<{ officerId: string; unitId: string | null }>;
}

/**
 * Object-level rules of learning, in one place. Reads of others' records answer 404 (their existence
 * is not confirmed): lists and single reads both start from the scopes below. Actions on visible
 * records the caller may not take answer 403.
 */
export const CohortsPolicy = {
  /**
   * Cohorts the user may see, as conditions on `cohort co JOIN course c`. A cohort reserved for one
   * police unit (`co.police_unit_id` set) names the unit, its dates and its trainer, so it is that
   * unit's business: its officers and coordinator see it, as do the cohort's trainer and admins. A
   * member admin sees a reserved cohort when its trainer belongs to their member firm (they manage
   * that trainer's work); reserved cohorts of other firms' trainers, or with no trainer yet, stay
   * hidden from them. Open (unreserved) cohorts of published courses are visible to every role.
   */
  cohortScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      case 'officer':
      case 'coordinator':
        // A local trainer (an officer) also sees the cohorts they teach, whichever unit they were reserved for.
        return where
          .raw(`c.status = 'published'`)
          .raw(
            `(co.police_unit_id IS NULL OR co.police_unit_id = ${where.param(user.policeUnitId)} OR ${teachesSql(where, user.id)})`,
          );
      case 'trainer':
        return where.raw(`c.status = 'published'`).raw(`(co.police_unit_id IS NULL OR ${teachesSql(where, user.id)})`);
      case 'member_admin':
        return where
          .raw(`c.status = 'published'`)
          .add(
            `(co.police_unit_id IS NULL OR EXISTS (SELECT 1 FROM app_user ct WHERE ct.id = co.trainer_id AND ct.member_firm_id = ?))`,
            user.memberFirmId,
          );
      default:
        return where.raw('false');
    }
  },

  /**
   * Enrolments the user may see, as conditions on `enrolment e JOIN cohort co JOIN app_user u` (u the
   * officer): officers their own; coordinators their unit's (their own included, as officers of a unit
   * always have one); trainers (and co-trainers) their cohorts'; admins all.
   */
  enrolmentScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      // Officers and coordinators who are local trainers also see the enrolments of the cohorts they teach.
      // Said on `enrolment e`'s own columns (the officer, the cohort among those taught) so that each side of
      // the OR is an index scan; on `co`/`u` the OR would read every enrolment.
      case 'officer':
        return where.raw(`(e.officer_id = ${where.param(user.id)} OR ${teachesEnrolmentSql(where, user.id)})`);
      case 'coordinator':
        return where.raw(
          `(e.officer_id = ANY (ARRAY(SELECT uu.id FROM app_user uu WHERE uu.police_unit_id = ${where.param(user.policeUnitId)}))
            OR ${teachesEnrolmentSql(where, user.id)})`,
        );
      case 'trainer':
        return where.raw(teachesEnrolmentSql(where, user.id));
      default:
        return where.raw('false');
    }
  },

  /** "My cohorts" (`mine=true`): those the user teaches, as trainer or co-trainer (on `cohort co`). */
  teachingScope(user: AuthUser, where: Where): Where {
    return where.raw(teachesSql(where, user.id));
  },

  /*
   * The asserts below take an enrolment the caller can see (read through enrolmentScope).
   */

  /** Study actions (lessons, attempts) belong to the officer alone. */
  assertIsLearner(user: AuthUser, e: EnrolmentFacts): void {
    if (e.officerId !== user.id)
      throw new ForbiddenException(
        coded('enrolment.study_forbidden', null, 'Only the enrolled officer can study in this enrolment'),
      );
  },

  /** Withdraw: the officer, their unit's coordinator, or an admin. */
  assertCanWithdraw(user: AuthUser, e: EnrolmentFacts): void {
    const ok =
      user.role === 'admin' ||
      e.officerId === user.id ||
      (user.role === 'coordinator' && e.officerUnitId === user.policeUnitId);
    if (!ok)
      throw new ForbiddenException(coded('enrolment.withdraw_forbidden', null, 'You may not withdraw this enrolment'));
  },

  /** Switch to another run of the course: whoever may withdraw the enrolment (the officer, their coordinator, an admin). */
  assertCanSwitch(user: AuthUser, e: EnrolmentFacts): void {
    const ok =
      user.role === 'admin' ||
      e.officerId === user.id ||
      (user.role === 'coordinator' && e.officerUnitId === user.policeUnitId);
    if (!ok)
      throw new ForbiddenException(
        coded('enrolment.switch_forbidden', null, 'You may not move this enrolment to another run'),
      );
  },

  /**
   * Joining a cohort (enrolment, nomination, switch) closes at its start (the Clock's now against the
   * cohort's start, read under its lock): afterwards 409, unless an admin asks explicitly
   * (`allowAfterStart`, audited by the caller). Anyone else asking for the override is refused (403).
   */
  assertCanJoinCohort(
    user: AuthUser,
    cohort: { id: string; starts_at: Date },
    now: Date,
    allowAfterStart: boolean,
  ): void {
    if (allowAfterStart && user.role !== 'admin')
      throw new ForbiddenException(
        coded(
          'cohort.late_enrolment_admin_only',
          'allowAfterStart',
          'only admins may enrol officers in a cohort that has started',
        ),
      );
    if (now.getTime() < cohort.starts_at.getTime() || allowAfterStart) return;
    throw new ConflictException(
      coded(
        'cohort.enrolment_closed',
        'cohortId',
        `enrolment in cohort ${cohort.id} closed when it started (${cohort.starts_at.toISOString()})`,
        { startsAt: cohort.starts_at.toISOString() },
      ),
    );
  },

  /** Approve: the officer's unit coordinator or an admin. */
  assertCanApprove(user: AuthUser, e: EnrolmentFacts): void {
    const ok = user.role === 'admin' || (user.role === 'coordinator' && e.officerUnitId === user.policeUnitId);
    if (!ok)
      throw new ForbiddenException(
        coded('enrolment.approve_forbidden', null, 'Only the unit’s coordinator approves enrolments'),
      );
  },

  /**
   * Grade and mark attendance: the cohort's trainer or co-trainer, or an admin; never one's own enrolment (a
   * local trainer is an officer).
   */
  assertCanGrade(user: AuthUser, e: EnrolmentFacts): void {
    if (!(user.role === 'admin' || teaches(user, [e.cohortTrainerId, e.cohortCoTrainerId])))
      throw new ForbiddenException(coded('cohort.grade_forbidden', null, 'Only the cohort’s trainer grades it'));
    if (user.role !== 'admin' && e.officerId === user.id)
      throw new ForbiddenException(coded('cohort.grade_own_forbidden', null, 'no one grades their own enrolment'));
  },

  /**
   * Correct answers are shown to admins and the cohort's trainer, and to the learner only when no
   * retake is left to use them in (passed, or every attempt used). Never to anyone else.
   */
  maySeeAnswers(user: AuthUser, e: EnrolmentFacts, retakeLeft: boolean): boolean {
    if (user.role === 'admin' || teaches(user, [e.cohortTrainerId, e.cohortCoTrainerId])) return true;
    return user.id === e.officerId && !retakeLeft;
  },

  /** Whether `seesSessionAccess` decides on the cohort's seats for this user (officers and coordinators). */
  sessionAccessNeedsSeats(user: AuthUser): boolean {
    return user.role === 'officer' || user.role === 'coordinator';
  },

  /**
   * A session's meeting link and venue address (how to get in) go to those taking part, as in the calendar:
   * admins, the cohort's trainer, an officer holding a seat, and the coordinator of a unit with an officer
   * holding a seat. Everyone else who sees the cohort sees its sessions without them.
   */
  seesSessionAccess(user: AuthUser, f: SessionAccessFacts): boolean {
    switch (user.role) {
      case 'admin':
        return true;
      case 'trainer':
        return teaches(user, f.teachers);
      case 'officer':
        return teaches(user, f.teachers) || f.seated.some((s) => s.officerId === user.id);
      case 'coordinator':
        return (
          teaches(user, f.teachers) ||
          f.seated.some((s) => s.officerId === user.id || (!!user.policeUnitId && s.unitId === user.policeUnitId))
        );
      default:
        return false;
    }
  },

  /**
   * Training sessions are seen with their cohort (`cohortScope`). Adding, moving and cancelling them: an
   * admin or the cohort's trainer (403 on a cohort the caller can see).
   */
  assertCanManageSessions(user: AuthUser, teachers: CohortTeachers): void {
    if (!(user.role === 'admin' || teaches(user, teachers)))
      throw new ForbiddenException(
        coded('training_session.manage_forbidden', null, 'Only admins and the cohort’s trainer change its sessions'),
      );
  },

  /** The sign-in sheet (read, mark, print): the cohort's trainer or co-trainer, or an admin, like the roster (404 otherwise). */
  assertCanKeepAttendance(user: AuthUser, teachers: CohortTeachers): void {
    if (!(user.role === 'admin' || teaches(user, teachers)))
      throw new NotFoundException(coded('training_session.not_found', 'id', 'no such training session'));
  },

  /** Rosters: the cohort's trainer or co-trainer, or an admin. */
  assertCanReadRoster(user: AuthUser, teachers: CohortTeachers): void {
    if (!(user.role === 'admin' || teaches(user, teachers)))
      throw new NotFoundException(coded('cohort.not_found', 'id', 'no such cohort'));
  },

  /**
   * Named-roster choices (`cohort_named_roster nr JOIN cohort co`) the user may read, for the list and the single
   * read alike: admins every unit's, coordinators their own unit's, the cohort's trainer and co-trainer which units
   * opted in (to know whom they see by name). Member admins and other officers: none.
   */
  namedRosterScope(user: AuthUser, where: Where = new Where()): Where {
    switch (user.role) {
      case 'admin':
        return where;
      case 'coordinator':
        return where.raw(`(nr.police_unit_id = ${where.param(user.policeUnitId)} OR ${teachesSql(where, user.id)})`);
      case 'trainer':
      case 'officer':
        return where.raw(teachesSql(where, user.id));
      default:
        return where.raw('false');
    }
  },

  /** The reason of a named-roster choice and who made it: the unit's coordinator and admins (teachers see the unit only). */
  seesNamedRosterReason(user: AuthUser, policeUnitId: string): boolean {
    return user.role === 'admin' || (user.role === 'coordinator' && user.policeUnitId === policeUnitId);
  },

  /**
   * Opting a cohort into named rosters, or withdrawing that (on a cohort the user sees): an admin for any unit; a
   * coordinator for their own unit only, and only in a cohort reserved for the unit or in which the unit has
   * officers (enrolled, waiting, completed…). Anyone else 403.
   */
  assertCanChooseNamedRoster(
    user: AuthUser,
    f: { policeUnitId: string; cohortUnitId: string | null; unitHasOfficers: boolean },
  ): void {
    if (user.role === 'admin') return;
    const ownUnit = user.role === 'coordinator' && user.policeUnitId !== null && user.policeUnitId === f.policeUnitId;
    if (!(ownUnit && (f.unitHasOfficers || f.cohortUnitId === f.policeUnitId)))
      throw new ForbiddenException(
        coded(
          'cohort.named_roster_forbidden',
          'policeUnitId',
          'only the unit’s coordinator (for a cohort with the unit’s officers) or an admin chooses named rosters',
        ),
      );
  },

  /**
   * Messages to a cohort's participants (relayed by the platform, addresses never shown): the cohort's trainer
   * or co-trainer, and admins (403 on a cohort the caller sees).
   */
  assertCanMessageParticipants(user: AuthUser, teachers: CohortTeachers): void {
    if (!(user.role === 'admin' || teaches(user, teachers)))
      throw new ForbiddenException(
        coded('cohort.message_forbidden', null, 'only the cohort’s trainers and admins write to its participants'),
      );
  },

  /** Nominate: a coordinator for officers of their own unit; an admin for anyone. */
  assertCanNominate(user: AuthUser, officerUnitIds: Array<string | null>): void {
    if (user.role === 'admin') return;
    if (officerUnitIds.some((u) => u === null || u !== user.policeUnitId)) {
      throw new ForbiddenException(
        coded('enrolment.nominate_own_unit', 'officerIds', 'coordinators can nominate only officers of their own unit'),
      );
    }
  },
};
