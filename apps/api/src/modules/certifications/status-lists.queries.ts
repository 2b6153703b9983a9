import { EntityManager } from 'typeorm';
import { affectedRows, exists, selectOne, selectRows } from '../../core/database/sql';

export interface StatusListRow {
  id: number;
  size: number;
  allocated: number;
  last_index: number | null;
  full: boolean;
  changed: boolean;
  signed_jwt: string | null;
  etag: string | null;
  valid_until: Date | null;
}

/** The open list (the lowest not full), locked until the transaction ends; null when every list is full. */
export function lockOpenStatusList(manager: EntityManager): Promise<StatusListRow | null> {
  return selectOne<StatusListRow>(
    manager,
    `SELECT * FROM credential_status_list WHERE NOT "full" ORDER BY id LIMIT 1 FOR UPDATE`,
  );
}

/** Opens the next list; null when another transaction opened it first (read the open list again). */
export function openNextStatusList(manager: EntityManager, size: number): Promise<StatusListRow | null> {
  return selectOne<StatusListRow>(
    manager,
    `INSERT INTO credential_status_list (id, size)
     SELECT greatest(coalesce(max(id), 0) + 1, 2), $1 FROM credential_status_list
     ON CONFLICT (id) DO NOTHING RETURNING *`,
    [size],
  );
}

export function statusIndexTaken(manager: EntityManager, list: number, index: number): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM certification WHERE status_list = $1 AND status_list_index = $2`, [
    list,
    index,
  ]);
}

/** The list's free indexes (read when random draws keep hitting taken ones: a nearly full list). */
export async function freeStatusIndexes(manager: EntityManager, list: number, size: number): Promise<number[]> {
  const rows = await selectRows<{ i: number }>(
    manager,
    `SELECT i FROM generate_series(0, $2::int - 1) i
      WHERE NOT EXISTS (SELECT 1 FROM certification c WHERE c.status_list = $1 AND c.status_list_index = i)`,
    [list, size],
  );
  return rows.map((r) => r.i);
}

export async function markStatusIndexTaken(manager: EntityManager, list: StatusListRow, index: number): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE credential_status_list SET allocated = allocated + 1, last_index = $2, "full" = allocated + 1 >= size WHERE id = $1`,
    [list.id, index],
  );
}

/** A revocation changes the list: the next request signs it again. */
export async function markStatusListChanged(manager: EntityManager, list: number): Promise<void> {
  await affectedRows(manager, `UPDATE credential_status_list SET changed = true WHERE id = $1`, [list]);
}

export function findStatusList(manager: EntityManager, id: number, lock = false): Promise<StatusListRow | null> {
  return selectOne<StatusListRow>(
    manager,
    `SELECT * FROM credential_status_list WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

export async function revokedIndexesOf(manager: EntityManager, list: number): Promise<number[]> {
  const rows = await selectRows<{ status_list_index: number }>(
    manager,
    `SELECT status_list_index FROM certification WHERE status = 'revoked' AND status_list = $1`,
    [list],
  );
  return rows.map((r) => r.status_list_index);
}

/** The highest index in the list (list 1 may hold more than its recorded size: rows written before lists had one). */
export async function highestStatusIndex(manager: EntityManager, list: number): Promise<number> {
  const row = await selectOne<{ max: number | null }>(
    manager,
    `SELECT max(status_list_index) AS max FROM certification WHERE status_list = $1`,
    [list],
  );
  return row?.max ?? -1;
}

export async function storeSignedStatusList(
  manager: EntityManager,
  id: number,
  jwt: string,
  etag: string,
  validUntil: Date,
): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE credential_status_list SET signed_jwt = $2, etag = $3, valid_until = $4, changed = false WHERE id = $1`,
    [id, jwt, etag, validUntil],
  );
}
