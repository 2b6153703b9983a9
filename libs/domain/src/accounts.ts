import type { Role } from './roles';

/** What a one-time account link is for: setting a first password, or replacing a forgotten one. */
export const ACCOUNT_LINK_PURPOSES = ['invitation', 'password_reset'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

/**
 * The roles of the accounts each role manages (creates, edits, disables, invites, resets): admins every role;
 * a member admin their firm's trainers; a coordinator their unit's officers. Nobody else manages accounts,
 * and no one creates a role above their own or changes their own role.
 */
export const MANAGED_ROLES: Readonly<Record<Role, readonly Role[]>> = {
  admin: ['officer', 'coordinator', 'trainer', 'member_admin', 'admin'],
  member_admin: ['trainer'],
  coordinator: ['officer'],
  trainer: [],
  officer: [],
};

/** Roles that manage accounts at all (and so see the People pages). */
export const PEOPLE_MANAGER_ROLES: readonly Role[] = ['admin', 'member_admin', 'coordinator'];
