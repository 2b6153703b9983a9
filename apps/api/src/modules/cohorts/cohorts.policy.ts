import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '../../core/auth/auth-user';

/** What the policy needs to know about an enrolment. */
export interface EnrolmentFacts {
  officerId: string;
  officerUnitId: string | null;
  cohortTrainerId: string | null;
}

/**
 * Object-level rules of learning, in one place. Reads of others' records answer 404 (their existence
 * is not confirmed); actions on visible records the caller may not take answer 403.
 */
export const CohortsPolicy = {
  canReadEnrolment(user: AuthUser, e: EnrolmentFacts): boolean {
    switch (user.role) {
      case 'admin':
        return true;
      case 'officer':
        return e.officerId === user.id;
      case 'coordinator':
        return e.officerId === user.id || (e.officerUnitId !== null && e.officerUnitId === user.policeUnitId);
      case 'trainer':
        return e.cohortTrainerId === user.id;
      default:
        return false;
    }
  },

  assertCanReadEnrolment(user: AuthUser, e: EnrolmentFacts): void {
    if (!this.canReadEnrolment(user, e)) throw new NotFoundException('id: no such enrolment');
  },

  /** Study actions (lessons, attempts) belong to the officer alone. */
  assertIsLearner(user: AuthUser, e: EnrolmentFacts): void {
    this.assertCanReadEnrolment(user, e);
    if (e.officerId !== user.id) throw new ForbiddenException('Only the enrolled officer can study in this enrolment');
  },

  /** Withdraw: the officer, their unit's coordinator, or an admin. */
  assertCanWithdraw(user: AuthUser, e: EnrolmentFacts): void {
    this.assertCanReadEnrolment(user, e);
    const ok =
      user.role === 'admin' ||
      e.officerId === user.id ||
      (user.role === 'coordinator' && e.officerUnitId === user.policeUnitId);
    if (!ok) throw new ForbiddenException('You may not withdraw this enrolment');
  },

  /** Approve: the officer's unit coordinator or an admin. */
  assertCanApprove(user: AuthUser, e: EnrolmentFacts): void {
    this.assertCanReadEnrolment(user, e);
    const ok = user.role === 'admin' || (user.role === 'coordinator' && e.officerUnitId === user.policeUnitId);
    if (!ok) throw new ForbiddenException('Only the unit’s coordinator approves enrolments');
  },

  /** Grade and mark attendance: the cohort's trainer or an admin. */
  assertCanGrade(user: AuthUser, e: EnrolmentFacts): void {
    this.assertCanReadEnrolment(user, e);
    if (!(user.role === 'admin' || e.cohortTrainerId === user.id))
      throw new ForbiddenException('Only the cohort’s trainer grades it');
  },

  /** Rosters: the cohort's trainer or an admin. */
  assertCanReadRoster(user: AuthUser, cohortTrainerId: string | null): void {
    if (!(user.role === 'admin' || (user.role === 'trainer' && cohortTrainerId === user.id)))
      throw new NotFoundException('id: no such cohort');
  },

  /** Nominate: a coordinator for officers of their own unit; an admin for anyone. */
  assertCanNominate(user: AuthUser, officerUnitIds: Array<string | null>): void {
    if (user.role === 'admin') return;
    if (officerUnitIds.some((u) => u === null || u !== user.policeUnitId)) {
      throw new ForbiddenException('officerIds: coordinators can nominate only officers of their own unit');
    }
  },
};
