import { EntityManager } from 'typeorm';
import type { OfficerImportRowStatus, OfficerImportStatus } from '@icspa/domain';
import { exists, selectOne, selectRows } from '../../core/database/sql';
import type { Where } from '../../core/database/where';
import type { OfficerImportFormat, OfficerImportLine } from './officer-import-file';
import type { ExistingAccount, RowProblem, RowVerdict } from './officer-import-rows';
import { sessionFactsChanged } from './session-cache';

export interface OfficerImportRow {
  id: string;
  police_unit_id: string;
  created_by: string | null;
  file_name: string;
  format: OfficerImportFormat;
  status: OfficerImportStatus;
  total_rows: number;
  new_count: number;
  update_count: number;
  unchanged_count: number;
  error_count: number;
  invitations_emailed: boolean;
  created_at: Date;
  finished_at: Date | null;
}

export interface OfficerImportLineRow {
  row_number: number;
  email: string;
  name: string;
  language: string;
  status: OfficerImportRowStatus | null;
  problems: RowProblem[];
  user_id: string | null;
}

const IMPORT_COLUMNS = `i.id, i.police_unit_id, i.created_by, i.file_name, i.format, i.status, i.total_rows, i.new_count,
  i.update_count, i.unchanged_count, i.error_count, i.invitations_emailed, i.created_at, i.finished_at`;

/** Rows of a file go to the database in slices of this many (five arrays of parameters each). */
const SLICE = 2000;

function slices<T>(items: T[], size = SLICE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function insertOfficerImport(
  manager: EntityManager,
  i: {
    policeUnitId: string;
    createdBy: string;
    fileName: string;
    format: OfficerImportFormat;
    totalRows: number;
    createdAt: Date;
  },
): Promise<string> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO officer_import (police_unit_id, created_by, file_name, format, total_rows, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [i.policeUnitId, i.createdBy, i.fileName, i.format, i.totalRows, i.createdAt],
  );
  return row!.id;
}

/** The file's lines, as read (text cells, nothing evaluated). */
export async function insertOfficerImportLines(
  manager: EntityManager,
  importId: string,
  lines: OfficerImportLine[],
): Promise<void> {
  for (const part of slices(lines)) {
    await manager.query(
      `INSERT INTO officer_import_row (import_id, row_number, email, name, language)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[])`,
      [
        importId,
        part.map((l) => l.rowNumber),
        part.map((l) => l.email),
        part.map((l) => l.name),
        part.map((l) => l.language),
      ],
    );
  }
}

/** Imports the caller's scope lets them see (see OfficerImportPolicy.scope), newest first. */
export function selectOfficerImports(manager: EntityManager, where: Where, limit = 20): Promise<OfficerImportRow[]> {
  return selectRows<OfficerImportRow>(
    manager,
    `SELECT ${IMPORT_COLUMNS} FROM officer_import i ${where} ORDER BY i.created_at DESC, i.id LIMIT ${limit}`,
    where.params,
  );
}

/** The import, locked, while it still waits to be applied; null once it is applied or failed (or gone). */
export function lockQueuedImport(manager: EntityManager, id: string): Promise<OfficerImportRow | null> {
  return selectOne<OfficerImportRow>(
    manager,
    `SELECT ${IMPORT_COLUMNS} FROM officer_import i WHERE i.id = $1 AND i.status = 'queued' FOR UPDATE`,
    [id],
  );
}

export function selectImportLines(
  manager: EntityManager,
  importId: string,
  onlyStatus?: OfficerImportRowStatus,
): Promise<OfficerImportLineRow[]> {
  return selectRows<OfficerImportLineRow>(
    manager,
    `SELECT row_number, email, name, language, status, problems, user_id FROM officer_import_row
      WHERE import_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY row_number`,
    [importId, onlyStatus ?? null],
  );
}

/** The accounts that hold any of these (lower-case) e-mails. */
export async function selectAccountsByEmail(manager: EntityManager, emails: string[]): Promise<ExistingAccount[]> {
  const found: ExistingAccount[] = [];
  for (const part of slices(emails, 5000)) {
    found.push(
      ...(await selectRows<ExistingAccount>(
        manager,
        `SELECT id, email, display_name AS "displayName", locale, role, police_unit_id AS "policeUnitId"
           FROM app_user WHERE email = ANY($1::text[])`,
        [part],
      )),
    );
  }
  return found;
}

/**
 * Inserts the unit's new officers; an e-mail taken meanwhile (by a concurrent import for another unit) is
 * skipped, not failed: the unique index decides, and the caller reports the rows it did not get back.
 */
export async function insertOfficers(
  manager: EntityManager,
  policeUnitId: string,
  passwordHash: string,
  officers: Array<{ email: string; name: string; language: string | null }>,
): Promise<Array<{ id: string; email: string }>> {
  const created: Array<{ id: string; email: string }> = [];
  for (const part of slices(officers)) {
    created.push(
      ...(await selectRows<{ id: string; email: string }>(
        manager,
        `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id, locale)
         SELECT e, n, 'officer', $1, $2, l FROM unnest($3::text[], $4::text[], $5::text[]) AS t(e, n, l)
         ON CONFLICT (email) DO NOTHING
         RETURNING id, email`,
        [passwordHash, policeUnitId, part.map((o) => o.email), part.map((o) => o.name), part.map((o) => o.language)],
      )),
    );
  }
  return created;
}

/**
 * Sets the name (and the language, when the file gives one) of the unit's officers: only while they are still
 * officers of that unit (an admin may have moved or promoted one since the file was read).
 */
export async function updateOfficers(
  manager: EntityManager,
  policeUnitId: string,
  officers: Array<{ id: string; name: string; language: string | null }>,
  at: Date,
): Promise<void> {
  for (const part of slices(officers)) {
    await manager.query(
      `UPDATE app_user u SET display_name = t.n, locale = COALESCE(t.l, u.locale), updated_at = $4
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, n, l)
        WHERE u.id = t.id AND u.role = 'officer' AND u.police_unit_id = $5`,
      [part.map((o) => o.id), part.map((o) => o.name), part.map((o) => o.language), at, policeUnitId],
    );
  }
  await sessionFactsChanged(
    manager,
    officers.map((o) => o.id),
  );
}

/** What each line did, and the account it is about. */
export async function recordLineOutcomes(manager: EntityManager, importId: string, verdicts: RowVerdict[]) {
  for (const part of slices(verdicts)) {
    await manager.query(
      `UPDATE officer_import_row r SET status = t.s, problems = t.p, user_id = t.u
         FROM unnest($2::int[], $3::text[], $4::jsonb[], $5::uuid[]) AS t(n, s, p, u)
        WHERE r.import_id = $1 AND r.row_number = t.n`,
      [
        importId,
        part.map((v) => v.rowNumber),
        part.map((v) => v.status),
        part.map((v) => JSON.stringify(v.problems)),
        part.map((v) => v.userId),
      ],
    );
  }
}

export async function finishImport(
  manager: EntityManager,
  id: string,
  status: OfficerImportStatus,
  counts: Record<OfficerImportRowStatus, number>,
  invitationsEmailed: boolean,
  at: Date,
): Promise<void> {
  await manager.query(
    `UPDATE officer_import SET status = $2, new_count = $3, update_count = $4, unchanged_count = $5, error_count = $6,
            invitations_emailed = $7, finished_at = $8
      WHERE id = $1`,
    [id, status, counts.new, counts.update, counts.unchanged, counts.error, invitationsEmailed, at],
  );
}

/** Marks an import whose job gave up as failed (nothing of it was written). */
export async function failImport(manager: EntityManager, id: string, at: Date): Promise<void> {
  await manager.query(
    `UPDATE officer_import SET status = 'failed', finished_at = $2 WHERE id = $1 AND status = 'queued'`,
    [id, at],
  );
}

/** Serialises the imports of one unit: the second waits for the first and then finds its officers there. */
export async function lockUnitImports(manager: EntityManager, policeUnitId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('officer-import:' || $1, 0))`, [policeUnitId]);
}

export function policeUnitExists(manager: EntityManager, policeUnitId: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM police_unit WHERE id = $1`, [policeUnitId]);
}

/**
 * The officers an import created who are still waiting for their first password (`noPasswordHash`), enabled
 * and still of the import's unit, in file order: those an invitation can be handed to.
 */
export function selectOfficersAwaitingPassword(
  manager: EntityManager,
  importId: string,
  noPasswordHash: string,
): Promise<Array<{ id: string; email: string; display_name: string }>> {
  return selectRows(
    manager,
    `SELECT u.id, u.email, u.display_name
       FROM officer_import_row r
       JOIN officer_import i ON i.id = r.import_id
       JOIN app_user u ON u.id = r.user_id
      WHERE r.import_id = $1 AND r.status = 'new' AND u.password_hash = $2 AND u.disabled_at IS NULL
        AND u.police_unit_id = i.police_unit_id AND u.role = 'officer'
      ORDER BY r.row_number`,
    [importId, noPasswordHash],
  );
}
