import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, AppConfig } from '../../core/config/app-config';
import { runInTransaction } from '../../core/database/transaction';
import { CredentialSigner } from './credential-signer';
import { jwtPayload, statusListCredential, wholeSeconds } from './open-badge';
import {
  findStatusList,
  freeStatusIndexes,
  highestStatusIndex,
  lockOpenStatusList,
  markStatusIndexTaken,
  openNextStatusList,
  revokedIndexesOf,
  statusIndexTaken,
  StatusListRow,
  storeSignedStatusList,
} from './status-lists.queries';

/** Random draws before reading the list's free indexes (only a nearly full list needs more). */
const DRAWS = 24;

export interface SignedStatusList {
  jwt: string;
  etag: string;
  validUntil: Date;
}

/**
 * The revocation status lists: a place for each new credential, drawn uniformly at random from the open
 * list's free indexes and never next to the index given just before (so neither issuance order nor the
 * number issued can be read from the indexes), and the signed lists, kept until a revocation changes
 * one or it is past half its validity.
 */
@Injectable()
export class StatusListsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly signer: CredentialSigner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A free index for a credential being issued, in the caller's transaction: the open list stays locked
   * until it commits, so two issuances never draw the same index (the unique index would refuse it too).
   */
  async allocate(manager: EntityManager): Promise<{ list: number; index: number }> {
    let list: StatusListRow | null = null;
    while (!list) {
      list = await lockOpenStatusList(manager);
      if (!list) await openNextStatusList(manager, this.config.statusListSize);
    }
    const index = await this.draw(manager, list);
    await markStatusIndexTaken(manager, list, index);
    return { list: list.id, index };
  }

  private async draw(manager: EntityManager, list: StatusListRow): Promise<number> {
    const beside = (i: number) => list.last_index !== null && Math.abs(i - list.last_index) <= 1;
    for (let i = 0; i < DRAWS; i++) {
      const candidate = randomInt(list.size);
      if (!beside(candidate) && !(await statusIndexTaken(manager, list.id, candidate))) return candidate;
    }
    const free = await freeStatusIndexes(manager, list.id, list.size);
    const apart = free.filter((i) => !beside(i));
    const pool = apart.length ? apart : free;
    if (!pool.length) throw new Error(`status list ${list.id} is full but not marked so`);
    return pool[randomInt(pool.length)];
  }

  /** The list signed (from the kept copy when nothing changed and it is less than half its validity old); null: no such list. */
  async signed(id: number): Promise<SignedStatusList | null> {
    const now = wholeSeconds(this.clock.now());
    const fresh = (row: StatusListRow) =>
      !row.changed &&
      row.signed_jwt &&
      row.etag &&
      row.valid_until &&
      row.valid_until.getTime() - now.getTime() > (this.config.statusListTtlSeconds * 1000) / 2;
    const kept = await findStatusList(this.db.manager, id);
    if (!kept) return null;
    if (fresh(kept)) return { jwt: kept.signed_jwt!, etag: kept.etag!, validUntil: kept.valid_until! };
    return runInTransaction(this.db, async (manager) => {
      // Locked while the revoked indexes are read: a revocation committing meanwhile marks the list changed
      // after this transaction, never before it (its update of this row waits for the lock).
      const row = (await findStatusList(manager, id, true))!;
      if (fresh(row)) return { jwt: row.signed_jwt!, etag: row.etag!, validUntil: row.valid_until! };
      const bits = Math.max(row.size, Math.ceil(((await highestStatusIndex(manager, id)) + 1) / 8) * 8);
      const validUntil = new Date(now.getTime() + this.config.statusListTtlSeconds * 1000);
      const credential = statusListCredential({
        publicUrl: this.config.publicUrl,
        issuerId: this.signer.issuerDid,
        list: id,
        bits,
        revokedIndexes: await revokedIndexesOf(manager, id),
        validFrom: now,
        validUntil,
      });
      const jwt = await this.signer.sign(jwtPayload(credential, now), 'vc-jose');
      const etag = createHash('sha256').update(jwt).digest('base64url').slice(0, 32);
      await storeSignedStatusList(manager, id, jwt, etag, validUntil);
      return { jwt, etag, validUntil };
    });
  }
}
