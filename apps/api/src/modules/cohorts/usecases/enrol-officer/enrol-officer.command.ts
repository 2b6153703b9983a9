import type { EnrolmentStatus } from '@icspa/domain';
import type { AuthUser } from '../../../../core/auth/auth-user';

export interface EnrolOfficerCommand {
  cohortId: string;
  officerId: string;
  /** Set when a coordinator or admin nominates; nominations skip the approval step. */
  nominatedById: string | null;
  /** Who asks: the officer themself, or the nominating coordinator or admin (the policy's subject). */
  actor: AuthUser;
  /** The Clock's now: enrolment closes at the cohort's start. */
  now: Date;
  /** An admin's explicit override of the closing at the start (audited by the caller). */
  allowAfterStart: boolean;
}

export interface EnrolOfficerResult {
  enrolmentId: string;
  status: EnrolmentStatus;
  created: boolean;
}
