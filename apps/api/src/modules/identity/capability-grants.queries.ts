import { EntityManager } from 'typeorm';
import type { Capability } from '@icspa/domain';
import { exists, selectOne, selectRows, updateReturning } from '../../core/database/sql';
import { sessionFactsChanged } from './session-cache';

/** A capability grant as the API answers it. */
export interface CapabilityGrantRow {
  id: string;
  userId: string;
  capability: Capability;
  scope: string;
  grantedBy: string | null;
  grantedByEmail: string | null;
  grantedAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokedByEmail: string | null;
}

const GRANT_COLUMNS = `g.id, g.user_id AS "userId", g.capability, g.scope, g.granted_by AS "grantedBy",
  gb.email AS "grantedByEmail", g.granted_at AS "grantedAt", g.revoked_at AS "revokedAt",
  g.revoked_by AS "revokedBy", rb.email AS "revokedByEmail"`;
const GRANT_FROM = `capability_grant g
  LEFT JOIN app_user gb ON gb.id = g.granted_by
  LEFT JOIN app_user rb ON rb.id = g.revoked_by`;

/** A user's grants, live ones first, then by capability, scope and time. */
export function listGrantsOf(manager: EntityManager, userId: string): Promise<CapabilityGrantRow[]> {
  return selectRows<CapabilityGrantRow>(
    manager,
    `SELECT ${GRANT_COLUMNS} FROM ${GRANT_FROM} WHERE g.user_id = $1
      ORDER BY (g.revoked_at IS NULL) DESC, g.capability, g.scope, g.granted_at DESC, g.id`,
    [userId],
  );
}

export function findGrant(manager: EntityManager, userId: string, grantId: string): Promise<CapabilityGrantRow | null> {
  return selectOne<CapabilityGrantRow>(
    manager,
    `SELECT ${GRANT_COLUMNS} FROM ${GRANT_FROM} WHERE g.user_id = $1 AND g.id = $2`,
    [userId, grantId],
  );
}

/**
 * Inserts a live grant; null when the user already holds it live (the partial unique index decides, so two
 * admins granting at once cannot both succeed).
 */
export async function insertGrant(
  manager: EntityManager,
  grant: { userId: string; capability: Capability; scope: string; grantedBy: string; at: Date },
): Promise<string | null> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO capability_grant (user_id, capability, scope, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id, capability, scope) WHERE revoked_at IS NULL DO NOTHING RETURNING id`,
    [grant.userId, grant.capability, grant.scope, grant.grantedBy, grant.at],
  );
  if (row) await sessionFactsChanged(manager, [grant.userId]);
  return row?.id ?? null;
}

/** Revokes a live grant; false when it was already revoked. */
export async function revokeGrant(manager: EntityManager, grantId: string, by: string, at: Date): Promise<boolean> {
  const rows = await updateReturning<{ id: string; userId: string }>(
    manager,
    `UPDATE capability_grant SET revoked_at = $3, revoked_by = $2 WHERE id = $1 AND revoked_at IS NULL
     RETURNING id, user_id AS "userId"`,
    [grantId, by, at],
  );
  await sessionFactsChanged(
    manager,
    rows.map((r) => r.userId),
  );
  return rows.length > 0;
}

/** Revokes the user's live grants of `capability` in `scopes`; answers those revoked. */
export async function revokeLiveGrants(
  manager: EntityManager,
  userId: string,
  capability: Capability,
  scopes: string[],
  by: string | null,
  at: Date,
): Promise<{ id: string; scope: string }[]> {
  const revoked = await updateReturning<{ id: string; scope: string }>(
    manager,
    `UPDATE capability_grant SET revoked_at = $5, revoked_by = $4
      WHERE user_id = $1 AND capability = $2 AND scope = ANY($3::varchar[]) AND revoked_at IS NULL RETURNING id, scope`,
    [userId, capability, scopes, by, at],
  );
  if (revoked.length) await sessionFactsChanged(manager, [userId]);
  return revoked;
}

/** The scopes in which a user holds a live grant of `capability` (for other modules' policies). */
export async function liveGrantScopes(
  manager: EntityManager,
  userId: string,
  capability: Capability,
): Promise<string[]> {
  const rows = await selectRows<{ scope: string }>(
    manager,
    `SELECT scope FROM capability_grant WHERE user_id = $1 AND capability = $2 AND revoked_at IS NULL ORDER BY scope`,
    [userId, capability],
  );
  return rows.map((r) => r.scope);
}

/** The capabilities a user holds a live grant of, in any scope (what the portal's menu offers beside the role). */
export async function liveCapabilities(manager: EntityManager, userId: string): Promise<Capability[]> {
  const rows = await selectRows<{ capability: Capability }>(
    manager,
    `SELECT DISTINCT capability::text AS capability FROM capability_grant WHERE user_id = $1 AND revoked_at IS NULL ORDER BY 1`,
    [userId],
  );
  return rows.map((r) => r.capability);
}

/** Whether a user holds a live grant of `capability` in `scope`. */
export function holdsGrant(manager: EntityManager, userId: string, capability: Capability, scope: string) {
  return exists(
    manager,
    `SELECT 1 FROM capability_grant WHERE user_id = $1 AND capability = $2 AND scope = $3 AND revoked_at IS NULL`,
    [userId, capability, scope],
  );
}

/** Whether a course exists (the scope of `local_trainer`). */
export function courseExists(manager: EntityManager, id: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM course WHERE id::text = $1`, [id]);
}
