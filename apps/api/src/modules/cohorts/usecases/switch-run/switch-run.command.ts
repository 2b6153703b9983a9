import type { AuthUser } from '../../../../core/auth/auth-user';

export interface SwitchRunCommand {
  /** The enrolment to move (read through the actor's enrolment scope, its switch allowed by the policy). */
  enrolmentId: string;
  officerId: string;
  courseId: string;
  fromCohortId: string;
  /** The run of the same course to move to. */
  cohortId: string;
  /** The officer themself, their coordinator or an admin. */
  actor: AuthUser;
  /** The Clock's now: a run that has started takes no one (unless an admin overrides). */
  now: Date;
  allowAfterStart: boolean;
}

export interface SwitchRunResult {
  /**
   * switched: seat in the new run, old enrolment withdrawn; pending: the new run is full, the officer keeps
   * their seat and waits in its queue; moved: the old enrolment held no seat and was replaced.
   */
  outcome: 'switched' | 'pending' | 'moved';
  enrolmentId: string;
  created: boolean;
}
