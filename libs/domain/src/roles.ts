/** The roles of DESIGN.md; the same words in the database, the API and the portal. */
export const ROLES = ['officer', 'coordinator', 'trainer', 'member_admin', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to a police unit. */
export const UNIT_ROLES: readonly Role[] = ['officer', 'coordinator'];
/** Roles that belong to a member firm. */
export const FIRM_ROLES: readonly Role[] = ['trainer', 'member_admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
