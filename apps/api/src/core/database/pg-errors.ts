import { QueryFailedError } from 'typeorm';

/** PostgreSQL error codes the product reacts to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const PG = {
  UNIQUE_VIOLATION: '23505',
  FOREIGN_KEY_VIOLATION: '23503',
  CHECK_VIOLATION: '23514',
  EXCLUSION_VIOLATION: '23P01',
  INVALID_TEXT_REPRESENTATION: '22P02',
  NUMERIC_VALUE_OUT_OF_RANGE: '22003',
  INVALID_DATETIME_FORMAT: '22007',
  DATETIME_FIELD_OVERFLOW: '22008',
  STRING_DATA_RIGHT_TRUNCATION: '22001',
  /** e.g. a NUL character in a text value (validation refuses them first) */
  CHARACTER_NOT_IN_REPERTOIRE: '22021',
  SERIALIZATION_FAILURE: '40001',
  DEADLOCK_DETECTED: '40P01',
  /** a named prepared statement the server connection does not have (a pooler's other server connection) */
  INVALID_SQL_STATEMENT_NAME: '26000',
  /** among others, "cached plan must not change result type" (see `isStalePrepared`) */
  FEATURE_NOT_SUPPORTED: '0A000',
} as const;
export type PgErrorCode = (typeof PG)[keyof typeof PG];

/** What the `pg` driver attaches to an error. */
export interface PgErrorDetails {
  code?: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

/** The driver's details of a failed statement, or null when the error did not come from PostgreSQL. */
export function pgError(error: unknown): PgErrorDetails | null {
  if (error instanceof QueryFailedError) return error.driverError as PgErrorDetails;
  const driverError = (error as { driverError?: PgErrorDetails } | null)?.driverError;
  return driverError && typeof driverError === 'object' ? driverError : null;
}

/** Whether a statement failed with this PostgreSQL error code (and, when given, on this constraint). */
export function isPgError(error: unknown, code: PgErrorCode, constraint?: string): boolean {
  const pg = pgError(error);
  return pg?.code === code && (constraint === undefined || pg.constraint === constraint);
}

/**
 * A named prepared statement that can simply be prepared again: the server connection does not have it (26000: a
 * pooler's other server connection), or a migration changed what its kept plan returns (0A000 "cached plan must not
 * change result type"; other 0A000 errors are a statement PostgreSQL does not support, which no retry mends).
 */
export function isStalePrepared(error: unknown): boolean {
  // A driver's error itself (inside selectPrepared) or TypeORM's wrapping of one.
  const pg = (pgError(error) ?? error) as (PgErrorDetails & { message?: string }) | null;
  if (!pg || typeof pg !== 'object') return false;
  return (
    pg.code === PG.INVALID_SQL_STATEMENT_NAME ||
    (pg.code === PG.FEATURE_NOT_SUPPORTED && /cached plan must not change result type/.test(pg.message ?? ''))
  );
}
