import type { AuthUser } from '../../../../core/auth/auth-user';

export interface AcceptAssignmentCommand {
  /** The trainer answering; only the one the proposal was made to may. */
  user: AuthUser;
  assignmentId: string;
}
