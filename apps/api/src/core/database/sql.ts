import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { EntityManager, QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isStalePrepared } from './pg-errors';
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

/**
 * Statement texts given a name so far, in this process. Past the bound, statements are sent unnamed: a text
 * that carried a value instead of a parameter would otherwise add a prepared statement to every connection
 * with every new value.
 */
const preparedNames = new Map<string, string>();
export const MAX_PREPARED_STATEMENTS = 256;

/** The name a statement text is prepared under (the same on every connection), or null past the bound. */
export function preparedName(sql: string): string | null {
  let name = preparedNames.get(sql);
  if (name === undefined) {
    if (preparedNames.size >= MAX_PREPARED_STATEMENTS) return null;
    name = `icspa_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    preparedNames.set(sql, name);
  }
  return name;
}

/**
 * Whether `selectPrepared` names its statements (`DATABASE_PREPARED_STATEMENTS`, set once at start-up by
 * CoreModule): off, they are sent unnamed like any other, for a PgBouncer in transaction mode older than 1.21
 * or without `max_prepared_statements`.
 */
let namedStatements = true;
export function usePreparedStatements(on: boolean): void {
  namedStatements = on;
}

/**
 * A named statement the server connection does not have (`26000`: a pooler gave a server connection that never
 * saw it), or whose kept plan no longer fits a table a migration changed meanwhile (`0A000`, "cached plan must
 * not change result type"): outside a transaction the statement is sent once more unnamed; either way the
 * next run prepares it again (see `forgetPrepared`).
 */

/**
 * `selectRows` for a hot read whose text never changes (values only as parameters, even LIMIT and OFFSET): a
 * named prepared statement, parsed once per connection; after five runs PostgreSQL keeps its generic plan
 * when that plan is as good as the custom ones, so the statement is no longer planned on every request (the
 * enrolment list's page statement: 2.3 ms of planning against 0.8 ms of execution). In a transaction it runs
 * on the transaction's connection. PgBouncer in transaction mode keeps such statements from version 1.21
 * (`max_prepared_statements`; README, "Scaling out"). Errors come as TypeORM's `QueryFailedError`, logged as
 * TypeORM logs a failed query, as from `selectRows`.
 */
export async function selectPrepared<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const name = namedStatements ? preparedName(sql) : null;
  if (name === null) return selectRows<T>(manager, sql, params);
  const inTransaction = manager.queryRunner !== undefined;
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  if (runner.isReleased) throw new QueryRunnerAlreadyReleasedError();
  try {
    const client = (await runner.connect()) as PoolClient;
    try {
      return (await client.query({ name, text: sql, values: params })).rows as T[];
    } catch (error) {
      if (!isStalePrepared(error)) throw error;
      forgetPrepared(client, sql, name, (error as { code: string }).code);
      if (inTransaction) throw error; // the transaction is aborted: its caller runs it again or fails
      return (await client.query(sql, params)).rows as T[];
    }
  } catch (error) {
    if (error instanceof QueryFailedError || !(error instanceof Error) || !('code' in error)) throw error;
    manager.connection.logger.logQueryError(error, sql, params, runner);
    throw new QueryFailedError(sql, params, error);
  } finally {
    if (!inTransaction) await runner.release();
  }
}

/**
 * After `26000` this connection forgets it parsed the statement (pg then sends it again with its text). After
 * `0A000` the server connection still holds the old plan, and it cannot be dropped inside an aborted
 * transaction: the text gets a new name in this process, so every connection prepares it afresh.
 */
function forgetPrepared(client: PoolClient, sql: string, name: string, code: string): void {
  const connection = (client as unknown as { connection?: { parsedStatements?: Record<string, string> } }).connection;
  if (connection?.parsedStatements) delete connection.parsedStatements[name];
  if (code === '0A000') preparedNames.set(sql, `${name.slice(0, 30)}_${(++renamed).toString(36)}`);
}
let renamed = 0;

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

/** Above this many rows a list's total is the planner's estimate, flagged `totalIsEstimate` (see `pageTotal`). */
export const EXACT_TOTAL_LIMIT = 10_000;

/** A list page's total: exact, or (above EXACT_TOTAL_LIMIT rows) estimated and flagged. */
export interface PageTotal {
  total: number;
  totalIsEstimate?: true;
}

/**
 * The total of a list page (`from` a table with its joins, `where` the list's conditions, without a cursor's) at
 * the least cost:
 * no query at all when the page itself tells it (a page shorter than `pageSize` is the last one: the total is
 * what came before it plus its rows); otherwise an exact count that stops after EXACT_TOTAL_LIMIT + 1 rows, and
 * past that limit the planner's estimate of the rows (never below the limit), flagged `totalIsEstimate`.
 */
export async function pageTotal(
  manager: EntityManager,
  from: string,
  where: Where,
  window: { skip: number | null; pageSize: number },
  rowsOnPage: number,
): Promise<PageTotal> {
  // `skip` null: a page after a cursor, whose place in the list is unknown (`where` without the cursor).
  return pageTotalOf(manager, `SELECT 1 FROM ${from} ${where}`, where.params, window, rowsOnPage);
}

/** `pageTotal` of a list given as the SELECT of its rows (without order or window), e.g. from a query builder. */
export async function pageTotalOf(
  manager: EntityManager,
  select: string,
  params: unknown[],
  window: { skip: number | null; pageSize: number },
  rowsOnPage: number,
): Promise<PageTotal> {
  if (window.skip !== null) {
    if (rowsOnPage > 0 && rowsOnPage < window.pageSize) return { total: window.skip + rowsOnPage };
    if (rowsOnPage === 0 && window.skip === 0) return { total: 0 };
  }
  const rows = (await manager.query(
    `SELECT count(*)::int AS total FROM (${select} LIMIT ${EXACT_TOTAL_LIMIT + 1}) capped`,
    params,
  )) as { total: number }[];
  if (rows[0].total <= EXACT_TOTAL_LIMIT) return { total: rows[0].total };
  const plan = (await manager.query(`EXPLAIN (FORMAT JSON) ${select}`, params)) as {
    'QUERY PLAN': { Plan: { 'Plan Rows': number } }[];
  }[];
  const estimate = Math.round(plan[0]['QUERY PLAN'][0].Plan['Plan Rows']);
  return { total: Math.max(estimate, EXACT_TOTAL_LIMIT + 1), totalIsEstimate: true };
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
