import { EntityManager } from 'typeorm';
import { selectOne, updateReturning } from '../../core/database/sql';

export async function insertWalletOffer(
  manager: EntityManager,
  certificationId: string,
  codeHash: string,
  codeExpiresAt: Date,
): Promise<void> {
  await manager.query(`INSERT INTO wallet_offer (certification_id, code_hash, code_expires_at) VALUES ($1, $2, $3)`, [
    certificationId,
    codeHash,
    codeExpiresAt,
  ]);
}

/** Exchanges an unexpired, unused code for an access token (once: the row is updated only while it has none). */
export async function redeemWalletCode(
  manager: EntityManager,
  codeHash: string,
  now: Date,
  tokenHash: string,
  tokenExpiresAt: Date,
): Promise<{ id: string } | null> {
  const [row] = await updateReturning<{ id: string }>(
    manager,
    `UPDATE wallet_offer SET token_hash = $3, token_expires_at = $4
      WHERE code_hash = $1 AND code_expires_at > $2 AND token_hash IS NULL RETURNING id`,
    [codeHash, now, tokenHash, tokenExpiresAt],
  );
  return row ?? null;
}

/** Claims an unexpired access token for one credential, with the certification's stored credential. */
export async function claimWalletToken(
  manager: EntityManager,
  tokenHash: string,
  now: Date,
  holderDid: string,
): Promise<{ certification_id: string; credential: string } | null> {
  const [row] = await updateReturning<{ certification_id: string; credential: string }>(
    manager,
    `UPDATE wallet_offer o SET issued_at = $2, holder_did = $3
       FROM certification c
      WHERE c.id = o.certification_id AND o.token_hash = $1 AND o.token_expires_at > $2 AND o.issued_at IS NULL
        AND c.status = 'active' AND c.expires_at > $2 AND c.credential <> ''
      RETURNING o.certification_id, c.credential`,
    [tokenHash, now, holderDid],
  );
  return row ?? null;
}

export function walletTokenKnown(manager: EntityManager, tokenHash: string, now: Date): Promise<{ id: string } | null> {
  return selectOne<{ id: string }>(
    manager,
    `SELECT id FROM wallet_offer WHERE token_hash = $1 AND token_expires_at > $2 AND issued_at IS NULL`,
    [tokenHash, now],
  );
}
