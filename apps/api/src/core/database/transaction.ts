import { ConflictException } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { coded } from '../errors/coded';
import { isPgError, isStalePrepared, PG } from './pg-errors';

/** What a client is told when a transaction kept colliding with concurrent ones. */
export const TRANSACTION_CONFLICT = coded(
  'db.transaction_conflict',
  'request',
  'it collided with a concurrent change of the same records; nothing was saved, try again',
);
export const TRANSACTION_CONFLICT_MESSAGE = TRANSACTION_CONFLICT.message;

/**
 * A deadlock (40P01) or serialization failure (40001): PostgreSQL rolled the transaction back and it may simply be
 * run again. So may a transaction whose named prepared statement was stale (26000 or 0A000, see `selectPrepared`,
 * which has already made the next run prepare it afresh): after a migration, or behind a pooler.
 */
export function isTransientConflict(error: unknown): boolean {
  return isPgError(error, PG.DEADLOCK_DETECTED) || isPgError(error, PG.SERIALIZATION_FAILURE) || isStalePrepared(error);
}

export interface TransactionOptions {
  /** How many times a transaction PostgreSQL aborted as a deadlock or serialization failure is run again (default 3). */
  retries?: number;
  /** The first back-off; each retry doubles it, with ±50 % jitter so the colliding transactions part (default 25 ms). */
  backoffMs?: number;
}

/**
 * Runs `work` in a transaction; when PostgreSQL aborts it as a deadlock or serialization failure it
 * runs it again (a bounded number of times, with jittered back-off), then answers 409. For flows that
 * take several locks: they take them in a fixed order so that retries stay rare. `work` must do nothing
 * outside the database that a second run would repeat (relay the outbox after this returns).
 */
export async function runInTransaction<T>(
  db: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  return retryOnConflict(() => db.transaction(work), options);
}

/**
 * Runs `work` again when PostgreSQL aborted it as a deadlock or serialization failure, as `runInTransaction`
 * does, for work that is one statement in a transaction of its own (outside `db.transaction`).
 */
export async function retryOnConflict<T>(work: () => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 25;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransientConflict(error)) throw error;
      if (attempt >= retries) throw new ConflictException(TRANSACTION_CONFLICT);
      await sleep(Math.round(backoffMs * 2 ** attempt * (0.5 + Math.random())));
    }
  }
}
