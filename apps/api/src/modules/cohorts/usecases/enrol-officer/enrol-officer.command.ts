import type { EnrolmentStatus } from '@icspa/domain';

export interface EnrolOfficerCommand {
  cohortId: string;
  officerId: string;
  /** Set when a coordinator or admin nominates; nominations skip the approval step. */
  nominatedById: string | null;
}

export interface EnrolOfficerResult {
  enrolmentId: string;
  status: EnrolmentStatus;
  created: boolean;
}
