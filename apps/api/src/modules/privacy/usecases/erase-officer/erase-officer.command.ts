import type { AuthUser } from '../../../../core/auth/auth-user';

export interface EraseOfficerCommand {
  /** Who erases: an admin, or null for the retention job. */
  actor: AuthUser | null;
  officerId: string;
  /** Why (the admin's words, or `retention`); stored in the erasure's audit record with the name replaced. */
  reason: string;
}

export interface ErasureResult {
  officerId: string;
  /** The placeholder the account now carries ("Erased officer KZ-3F9"). */
  name: string;
  erasedAt: Date;
  /** Rows changed or removed per table (no personal data). */
  counts: Record<string, number>;
}
