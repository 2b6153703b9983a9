import type { AuthUser } from '../../../../core/auth/auth-user';

export interface RecertifyCommand {
  /** The holder, renewing their own certification. */
  user: AuthUser;
  certificationId: string;
}
