import { EntityManager } from 'typeorm';
import type { AccountLinkPurpose } from '@icspa/domain';
import { selectOne, updateReturning } from '../../core/database/sql';
import { sessionFactsChanged } from './session-cache';

/** Takes the user's row for the duration of the transaction, so links of one user are issued one at a time. */
export async function lockUserForLink(manager: EntityManager, userId: string): Promise<boolean> {
  const rows = await manager.query(`SELECT id FROM app_user WHERE id = $1 FOR NO KEY UPDATE`, [userId]);
  return (rows as unknown[]).length === 1;
}

/** Revokes every usable link of the user (a newer one replaces them, or the password was just set). */
export async function revokeLiveLinksOf(manager: EntityManager, userId: string, at: Date): Promise<void> {
  await manager.query(
    `UPDATE account_link SET revoked_at = $2 WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
    [userId, at],
  );
}

export async function insertAccountLink(
  manager: EntityManager,
  link: {
    userId: string;
    purpose: AccountLinkPurpose;
    tokenHash: string;
    issuedBy: string | null;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const [row] = await updateReturning<{ id: string }>(
    manager,
    `INSERT INTO account_link (user_id, purpose, token_hash, issued_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [link.userId, link.purpose, link.tokenHash, link.issuedBy, link.createdAt, link.expiresAt],
  );
  return row.id;
}

/** A usable link (not used, not revoked, not expired, its account enabled) with its account, as the set-password page needs it. */
export interface UsableLinkRow {
  id: string;
  userId: string;
  purpose: AccountLinkPurpose;
  expiresAt: Date;
  email: string;
  displayName: string;
}

export function findUsableLink(manager: EntityManager, tokenHash: string, now: Date): Promise<UsableLinkRow | null> {
  return selectOne<UsableLinkRow>(
    manager,
    `SELECT l.id, l.user_id AS "userId", l.purpose, l.expires_at AS "expiresAt", u.email, u.display_name AS "displayName"
       FROM account_link l JOIN app_user u ON u.id = l.user_id
      WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.revoked_at IS NULL AND l.expires_at > $2
        AND u.disabled_at IS NULL`,
    [tokenHash, now],
  );
}

/**
 * Marks a usable link used, in the caller's transaction. The condition is re-checked on the locked row, so of
 * two concurrent uses the second waits for the first and then finds it used: exactly one gets the row back.
 */
export async function consumeLink(
  manager: EntityManager,
  tokenHash: string,
  now: Date,
): Promise<{ id: string; userId: string; purpose: AccountLinkPurpose } | null> {
  const rows = await updateReturning<{ id: string; userId: string; purpose: AccountLinkPurpose }>(
    manager,
    `UPDATE account_link l SET used_at = $2
       FROM app_user u
      WHERE u.id = l.user_id AND l.token_hash = $1 AND l.used_at IS NULL AND l.revoked_at IS NULL AND l.expires_at > $2
        AND u.disabled_at IS NULL
      RETURNING l.id, l.user_id AS "userId", l.purpose`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

/** Sets the password a link chose; clears the weak-password flag. */
export async function setPasswordHash(manager: EntityManager, userId: string, hash: string, at: Date): Promise<void> {
  await manager.query(
    `UPDATE app_user SET password_hash = $2, password_change_required = false, updated_at = $3 WHERE id = $1`,
    [userId, hash, at],
  );
  await sessionFactsChanged(manager, [userId]);
}
