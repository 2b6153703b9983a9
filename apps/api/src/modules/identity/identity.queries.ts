import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { affectedRows, selectOne } from '../../core/database/sql';
import { sessionFactsChanged } from './session-cache';

/**
 * The signed-in user behind a live session's token hash, as the access guard needs them, with the session's
 * expiry. Every write of a column read here announces itself (`sessionFactsChanged`): the API caches this.
 */
export async function findSessionUser(
  manager: EntityManager,
  tokenHash: string,
  now: Date,
): Promise<{ user: AuthUser; expiresAt: Date } | null> {
  const row = await selectOne<Omit<AuthUser, 'sessionId'> & { session_id: string; expires_at: Date }>(
    manager,
    `SELECT s.id AS session_id, s.expires_at, u.id, u.email, u.display_name AS "displayName", u.role,
            u.police_unit_id AS "policeUnitId", u.member_firm_id AS "memberFirmId", u.locale,
            u.reads_locales AS "readsLocales", u.time_zone AS "timeZone",
            u.password_change_required AS "passwordChangeRequired"
       FROM session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.disabled_at IS NULL`,
    [tokenHash, now],
  );
  if (!row) return null;
  const { session_id, expires_at, ...user } = row;
  return { user: { ...user, sessionId: session_id }, expiresAt: expires_at };
}

/** Signs a user out everywhere: every live session of theirs is revoked at `at`. */
export async function revokeSessionsOf(manager: EntityManager, userId: string, at: Date): Promise<void> {
  await manager.query(`UPDATE session SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [userId, at]);
  await sessionFactsChanged(manager, [userId]);
}

/**
 * Locks users' rows in id order, for flows that change several users' records in one transaction
 * (e.g. nominating officers): taking them in one fixed order means two such flows queue instead of
 * deadlocking. FOR NO KEY UPDATE leaves foreign-key checks (rows that merely refer to the users) free.
 */
export async function lockUsersInIdOrder(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
}

/**
 * Records what sign-in found of the password behind `passwordHash`, unless that password has been changed
 * since it was read (a concurrent change has the last word). Returns whether the row was written.
 */
export async function recordPasswordWeakness(
  manager: EntityManager,
  userId: string,
  passwordHash: string,
  weak: boolean,
): Promise<boolean> {
  const rows = await affectedRows(
    manager,
    `UPDATE app_user SET password_change_required = $3
      WHERE id = $1 AND password_hash = $2 AND password_change_required <> $3`,
    [userId, passwordHash, weak],
  );
  if (rows > 0) await sessionFactsChanged(manager, [userId]);
  return rows > 0;
}

/** The stored password hash of a user (for checking their current password). */
export async function findPasswordHash(manager: EntityManager, userId: string): Promise<string | null> {
  const row = await selectOne<{ password_hash: string }>(manager, `SELECT password_hash FROM app_user WHERE id = $1`, [
    userId,
  ]);
  return row?.password_hash ?? null;
}

/**
 * Replaces a password, only if it is still the one that was checked (`currentHash`): of two changes made
 * from the same password, one wins and the other finds no row. Clears the weak-password flag.
 */
export async function replacePasswordHash(
  manager: EntityManager,
  userId: string,
  currentHash: string,
  newHash: string,
  at: Date,
): Promise<boolean> {
  const rows = await affectedRows(
    manager,
    `UPDATE app_user SET password_hash = $3, password_change_required = false, updated_at = $4
      WHERE id = $1 AND password_hash = $2`,
    [userId, currentHash, newHash, at],
  );
  if (rows > 0) await sessionFactsChanged(manager, [userId]);
  return rows > 0;
}

/** Signs a user out everywhere but in `keepSessionId` (the session that changed the password). */
export async function revokeOtherSessionsOf(
  manager: EntityManager,
  userId: string,
  keepSessionId: string,
  at: Date,
): Promise<void> {
  await manager.query(`UPDATE session SET revoked_at = $3 WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [
    userId,
    keepSessionId,
    at,
  ]);
  await sessionFactsChanged(manager, [userId]);
}

/**
 * Inserts a session for the user while their password hash is still `passwordHash` (when given) and the account is
 * enabled (the row is read `FOR SHARE`, so a concurrent password change is either seen or waits);
 * answers whether a session was opened.
 */
export async function insertSessionWhilePasswordIs(
  manager: EntityManager,
  s: {
    userId: string;
    passwordHash: string | null;
    tokenHash: string;
    expiresAt: Date;
    ipAddress: string | null;
    userAgent: string | null;
  },
): Promise<boolean> {
  const rows = await manager.query(
    `INSERT INTO session (user_id, token_hash, expires_at, ip_address, user_agent)
     SELECT u.id, $3, $4, $5, $6 FROM (
       SELECT id FROM app_user WHERE id = $1 AND ($2::text IS NULL OR password_hash = $2) AND disabled_at IS NULL FOR SHARE
     ) u
     RETURNING id`,
    [s.userId, s.passwordHash, s.tokenHash, s.expiresAt, s.ipAddress, s.userAgent],
  );
  return (rows as unknown[]).length === 1;
}
