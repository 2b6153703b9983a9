import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { selectOne } from '../../core/database/sql';

/** The signed-in user behind a live session's token hash, as the access guard needs them. */
export async function findSessionUser(manager: EntityManager, tokenHash: string, now: Date): Promise<AuthUser | null> {
  const row = await selectOne<Omit<AuthUser, 'sessionId'> & { session_id: string }>(
    manager,
    `SELECT s.id AS session_id, u.id, u.email, u.display_name AS "displayName", u.role,
            u.police_unit_id AS "policeUnitId", u.member_firm_id AS "memberFirmId", u.locale
       FROM session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.disabled_at IS NULL`,
    [tokenHash, now],
  );
  if (!row) return null;
  const { session_id, ...user } = row;
  return { ...user, sessionId: session_id };
}

/** Signs a user out everywhere: every live session of theirs is revoked at `at`. */
export async function revokeSessionsOf(manager: EntityManager, userId: string, at: Date): Promise<void> {
  await manager.query(`UPDATE session SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [userId, at]);
}

/**
 * Locks users' rows in id order, for flows that change several users' records in one transaction
 * (e.g. nominating officers): taking them in one fixed order means two such flows queue instead of
 * deadlocking. FOR NO KEY UPDATE leaves foreign-key checks (rows that merely refer to the users) free.
 */
export async function lockUsersInIdOrder(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
}
