import type { AuthUser } from '../../core/auth/auth-user';

/**
 * The one function that forms an officer's name for someone else to read (attendance sheets and their PDF,
 * calendar invites, rosters shown to member-firm trainers). Today it answers the display name; the privacy
 * work can pseudonymise here, by viewer, without touching its callers.
 */
export function officerName(
  officer: { id: string; displayName: string },
  _viewer: Pick<AuthUser, 'id' | 'role'>,
): string {
  return officer.displayName;
}
