import { EntityManager } from 'typeorm';
import type { Where } from './where';

/**
 * The one data-access convention for raw SQL (STYLE.md habit 11): a feature's statements live in its
 * `<feature>.queries.ts` and go through these helpers, which give every row a declared type. TypeORM's
 * `manager.query` answers `any`; nothing outside this file should take that `any` as it is.
 */

/** All rows of a SELECT (or INSERT … RETURNING), typed. */
export async function selectRows<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await manager.query(sql, params)) as T[];
}

/** The first row of a SELECT (or INSERT … RETURNING), or null when there is none. */
export async function selectOne<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T | null> {
  const rows = (await manager.query(sql, params)) as T[];
  return rows[0] ?? null;
}

/** How many rows of `from` (a table with its joins) meet `where`, for a paginated list's total. */
export async function countRows(manager: EntityManager, from: string, where: Where): Promise<number> {
  const rows = (await manager.query(`SELECT count(*)::int AS total FROM ${from} ${where}`, where.params)) as {
    total: number;
  }[];
  return rows[0].total;
}

/** Whether a SELECT finds any row. */
export async function exists(manager: EntityManager, sql: string, params: unknown[] = []): Promise<boolean> {
  return ((await manager.query(sql, params)) as unknown[]).length > 0;
}

/**
 * Runs an UPDATE or DELETE … RETURNING and gives back its rows. (TypeORM's `query` answers such
 * statements with `[rows, affectedCount]` on PostgreSQL, unlike SELECT and INSERT.)
 */
export async function updateReturning<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result = await manager.query(sql, params);
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** Runs an UPDATE or DELETE and gives back how many rows it touched. */
export async function affectedRows(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const result = await manager.query(sql, params);
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
