import { EntityManager } from 'typeorm';

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
