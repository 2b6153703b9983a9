import type { AuthUser } from '../../../../core/auth/auth-user';

export interface MessageParticipantsCommand {
  /** The cohort's trainer or co-trainer, or an admin (the policy decides). */
  sender: AuthUser;
  cohortId: string;
  subject: string;
  body: string;
  /** Only these enrolments of the cohort (enrolled or completed); all of them when absent. */
  enrolmentIds?: string[];
}
