import { EntityManager } from 'typeorm';
import { affectedRows, selectOne, selectRows } from '../../core/database/sql';
import type { Where } from '../../core/database/where';
import { escapeHtml } from '../notifications/email/mail-render';
import { officerRowsCondition, SECRET_COLUMNS } from './data-rights.coverage';

/*
 * The SQL of data rights. The export reads every table the coverage names; the erasure is the one writer that
 * reaches into other modules' tables, on purpose: it must replace one person's data wherever the platform put it,
 * in one transaction, and every such place is listed here (and checked by a test that scans the whole database).
 */

export interface SubjectRow {
  id: string;
  display_name: string;
  email: string;
  role: string;
  police_unit_id: string | null;
  police_unit_name: string | null;
  country_code: string | null;
  retention_years: number | null;
  left_at: Date | null;
  disabled_at: Date | null;
  erased_at: Date | null;
  erasure_due_at: Date | null;
}

/**
 * When retention erases an officer (`app_user u`, their country `c`): `left_at` plus the country's whole years, in
 * PostgreSQL's calendar (29 February + 1 year is 28 February); null while the account is enabled (the job erases
 * only disabled accounts), without `left_at` or without a retention. The one computation, for the job and the
 * summary alike.
 */
export const ERASURE_DUE_SQL = `CASE WHEN u.disabled_at IS NOT NULL THEN u.left_at + make_interval(years => c.retention_years) END`;

/** The officer, if the scope (conditions on `app_user u`) lets the reader see them; locked for an erasure. */
export function selectSubject(
  manager: EntityManager,
  where: Where,
  officerId: string,
  lock = false,
): Promise<SubjectRow | null> {
  where.add('u.id = ?', officerId);
  return selectOne<SubjectRow>(
    manager,
    `SELECT u.id, u.display_name, u.email, u.role, u.police_unit_id, pu.name AS police_unit_name,
            pu.country_code, c.retention_years, u.left_at, u.disabled_at, u.erased_at,
            ${ERASURE_DUE_SQL} AS erasure_due_at
       FROM app_user u LEFT JOIN police_unit pu ON pu.id = u.police_unit_id
       LEFT JOIN country c ON c.code = pu.country_code ${where}${lock ? ' FOR UPDATE OF u' : ''}`,
    where.params,
  );
}

/** The officer's rows of one table (secrets left out), oldest first where the table has a creation time. */
export async function selectOfficerRows(
  manager: EntityManager,
  table: string,
  officerId: string,
  email: string,
): Promise<Record<string, unknown>[]> {
  const condition = officerRowsCondition(table);
  const rows = await selectRows<Record<string, unknown>>(
    manager,
    `SELECT * FROM "${table}" WHERE ${condition}`,
    condition.includes('$2') ? [officerId, email] : [officerId],
  );
  const secrets = SECRET_COLUMNS[table] ?? [];
  return rows.map((row) => {
    const copy = { ...row };
    for (const s of secrets) delete copy[s];
    return copy;
  });
}

/** A fresh random pseudonym code ("KZ-3F9"), from the database's own generator (the enrolments' codes). */
export async function drawPseudonymCode(manager: EntityManager): Promise<string> {
  const row = await selectOne<{ code: string }>(manager, `SELECT pseudonym_code() AS code`);
  return row!.code;
}

export interface ErasureValues {
  officerId: string;
  oldName: string;
  oldEmail: string;
  newName: string;
  newEmail: string;
  at: Date;
  noPasswordHash: string;
}

/** The account itself: placeholders for name and e-mail, no password, disabled, profile cleared, marked erased. */
export async function eraseAccount(manager: EntityManager, v: ErasureValues): Promise<void> {
  await manager.query(
    `UPDATE app_user SET display_name = $2, email = $3, password_hash = $4, password_change_required = false,
            locale = NULL, reads_locales = '{}', time_zone = NULL, disabled_at = coalesce(disabled_at, $5),
            left_at = coalesce(left_at, $5), erased_at = $5, updated_at = $5
      WHERE id = $1`,
    [v.officerId, v.newName, v.newEmail, v.noPasswordHash, v.at],
  );
}

/** What signs the officer in or follows them: sessions, account links, calendar feeds, preferences. */
export async function deleteAccountSecrets(manager: EntityManager, officerId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['session', 'account_link', 'calendar_feed', 'notification_preference'])
    counts[table] = await affectedRows(manager, `DELETE FROM "${table}" WHERE user_id = $1`, [officerId]);
  counts.wallet_offer = await affectedRows(
    manager,
    `DELETE FROM wallet_offer WHERE certification_id IN (SELECT id FROM certification WHERE holder_id = $1)`,
    [officerId],
  );
  return counts;
}

/*
 * Parameters of the replacements: $1 old name, $2 new name, $3 the old e-mail as a regular expression of the whole
 * address (matched without regard to case), $4 new e-mail, $5 the officer's id; in text also $6 / $7 the names as
 * HTML writes them (mail bodies).
 */
const textReplace = (col: string) =>
  `regexp_replace(replace(replace("${col}", $1::text, $2::text), $6::text, $7::text), $3::text, $4::text, 'gi')`;
const textMatch = (col: string) =>
  `(strpos("${col}", $1::text) > 0 OR strpos("${col}", $6::text) > 0 OR "${col}" ~* $3::text)`;
/** The same inside a jsonb value: the strings as JSON writes them (quotes and backslashes escaped). */
const jsonInner = (p: string) => `substr(to_jsonb(${p}::text)::text, 2, length(to_jsonb(${p}::text)::text) - 2)`;
const jsonReplace = (col: string) =>
  `regexp_replace(replace("${col}"::text, ${jsonInner('$1')}, ${jsonInner('$2')}), $3::text, $4::text, 'gi')::jsonb`;
const jsonMatch = (col: string) => `(strpos("${col}"::text, ${jsonInner('$1')}) > 0 OR "${col}"::text ~* $3::text)`;

/**
 * Which rows of a table are the erased officer's to rewrite. Audit events: those about them (`entity_id`), by them
 * (`actor_id`) or naming their id in `details` (exactly what the audit log's trigger lets through, migration
 * 1765543000000). Every other table: rows holding the officer's id in any column (their own notifications, mails,
 * import lines, reasons about their certifications or assignments, queued jobs and match rounds naming them) or
 * their whole e-mail address (an address is one account's: a mail to them or quoting them). A name alone never
 * ties a row: another person may bear it, or a longer name containing it ("Li Weiss").
 */
const tiedRows = (table: string) =>
  table === 'audit_event'
    ? `(entity_id = $5::text OR actor_id::text = $5::text OR strpos(details::text, $5::text) > 0)`
    : `(strpos(to_jsonb("${table}")::text, $5::text) > 0 OR to_jsonb("${table}")::text ~* $3::text)`;

const regexpEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The old e-mail as a whole address: not preceded by a character of an address's local part, not followed by one of
 * a domain ("li@x.org" leaves "ali@x.org" and "li@x.org.uk" alone; "<li@x.org>." and "li@x.org," match).
 */
export function wholeAddressPattern(email: string): string {
  return `(?<![A-Za-z0-9.!#$%&'*+/=?^_\`{|}~-])${regexpEscape(email)}(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])`;
}

/**
 * Every column where the platform writes a person's name or e-mail into text (messages, audit details, reasons,
 * import lines, queued jobs). The erasure replaces the officer's old name and e-mail in each with the placeholders.
 */
export const NAME_BEARING_COLUMNS: ReadonlyArray<{ table: string; column: string; json?: true }> = [
  { table: 'audit_event', column: 'details', json: true },
  { table: 'notification', column: 'params', json: true },
  { table: 'email_message', column: 'subject' },
  { table: 'email_message', column: 'text_body' },
  { table: 'email_message', column: 'html_body' },
  { table: 'email_message', column: 'to_name' },
  { table: 'email_message', column: 'to_address' },
  { table: 'email_message', column: 'last_error' },
  { table: 'email_message', column: 'attachments', json: true },
  { table: 'officer_import_row', column: 'name' },
  { table: 'officer_import_row', column: 'email' },
  { table: 'officer_import_row', column: 'problems', json: true },
  { table: 'outbox_message', column: 'payload', json: true },
  { table: 'certification', column: 'revoked_reason' },
  { table: 'assignment', column: 'decline_reason' },
  { table: 'trainer_unavailability', column: 'reason' },
  { table: 'cohort_named_roster', column: 'reason' },
  { table: 'local_trainer_application', column: 'refusal_reason' },
  { table: 'needs_assessment', column: 'review_note' },
  { table: 'training_request', column: 'match_rounds', json: true },
];

/**
 * Replaces the old name and e-mail in every name-bearing column, in the rows tied to the officer (`tiedRows`). The audit log's rows change only in `details`,
 * which its trigger allows while this transaction erases this very account (`icspa.erasure`, migration
 * 1765543000000). Answers the rows changed per table.
 */
export async function replaceNameEverywhere(manager: EntityManager, v: ErasureValues): Promise<Record<string, number>> {
  await manager.query(`SELECT set_config('icspa.erasure', $1, true)`, [v.officerId]);
  const counts: Record<string, number> = {};
  const common = [v.oldName, v.newName, wholeAddressPattern(v.oldEmail), v.newEmail, v.officerId];
  const textParams = [...common, escapeHtml(v.oldName), escapeHtml(v.newName)];
  for (const { table, column, json } of NAME_BEARING_COLUMNS) {
    const n = await affectedRows(
      manager,
      json
        ? `UPDATE "${table}" SET "${column}" = ${jsonReplace(column)} WHERE ${jsonMatch(column)} AND ${tiedRows(table)}`
        : `UPDATE "${table}" SET "${column}" = ${textReplace(column)} WHERE ${textMatch(column)} AND ${tiedRows(table)}`,
      json ? common : textParams,
    );
    if (n) counts[table] = (counts[table] ?? 0) + n;
  }
  await manager.query(`SELECT set_config('icspa.erasure', '', true)`);
  return counts;
}

/**
 * The names and e-mails the account had before (from its own audit events: creation, edits, imports), which its
 * audit events still carry in `details`.
 */
export async function selectFormerIdentities(
  manager: EntityManager,
  officerId: string,
): Promise<{ names: string[]; emails: string[] }> {
  const rows = await selectRows<{ kind: 'name' | 'email'; value: string }>(
    manager,
    `SELECT DISTINCT v.kind, v.value FROM audit_event a,
       LATERAL (VALUES ('name', a.details->>'displayName'), ('name', a.details->'changes'->'displayName'->>'from'),
                       ('name', a.details->'changes'->'displayName'->>'to'), ('email', a.details->>'email'),
                       ('email', a.details->'changes'->'email'->>'from'), ('email', a.details->'changes'->'email'->>'to'))
               AS v(kind, value)
      WHERE a.entity_type = 'app_user' AND a.entity_id = $1 AND v.value IS NOT NULL AND v.value <> ''`,
    [officerId],
  );
  return {
    names: rows.filter((r) => r.kind === 'name').map((r) => r.value),
    emails: rows.filter((r) => r.kind === 'email').map((r) => r.value),
  };
}

/**
 * Former names and e-mails are replaced only inside the account's own audit events: there they are certainly this
 * person's, while elsewhere a former name ("Test officer") may well be someone else's current one.
 */
export async function replaceFormerIdentities(
  manager: EntityManager,
  v: ErasureValues,
  former: { names: string[]; emails: string[] },
): Promise<number> {
  await manager.query(`SELECT set_config('icspa.erasure', $1, true)`, [v.officerId]);
  let changed = 0;
  const pairs = [
    ...former.names.map((name) => [name, v.newName] as const),
    ...former.emails.map((email) => [email, v.newEmail] as const),
  ];
  for (const [from, to] of pairs)
    changed += await affectedRows(
      manager,
      `UPDATE audit_event SET details = replace(details::text, ${jsonInner('$2')}, ${jsonInner('$3')})::jsonb
        WHERE entity_type = 'app_user' AND entity_id = $1 AND strpos(details::text, ${jsonInner('$2')}) > 0`,
      [v.officerId, from, to],
    );
  await manager.query(`SELECT set_config('icspa.erasure', '', true)`);
  return changed;
}

/** E-mails to the officer lose their text (a pending one is never sent): the platform keeps no copy of their mail. */
export function blankMailTo(manager: EntityManager, v: ErasureValues): Promise<number> {
  return affectedRows(
    manager,
    `UPDATE email_message SET subject = '', text_body = '', html_body = '', attachments = '[]'::jsonb,
            to_name = $2, to_address = $3,
            status = CASE WHEN status IN ('pending', 'sending') THEN 'failed' ELSE status END
      WHERE user_id = $1 OR lower(to_address) = lower($4)`,
    [v.officerId, v.newName, v.newEmail, v.oldEmail],
  );
}

export interface RetentionCandidate {
  id: string;
  country_code: string;
}

/**
 * Officers past their country's retention at `now`: disabled (an account in use is never erased by the job), not
 * yet erased, `left_at` + the country's years passed. Oldest first.
 */
export function selectPastRetention(
  manager: EntityManager,
  now: Date,
  limit: number,
  skip: string[] = [],
): Promise<RetentionCandidate[]> {
  return selectRows<RetentionCandidate>(
    manager,
    `SELECT u.id, pu.country_code
       FROM app_user u JOIN police_unit pu ON pu.id = u.police_unit_id JOIN country c ON c.code = pu.country_code
      WHERE u.role IN ('officer', 'coordinator') AND u.erased_at IS NULL AND u.disabled_at IS NOT NULL
        AND u.left_at IS NOT NULL AND c.retention_years IS NOT NULL
        AND ${ERASURE_DUE_SQL} <= $1 AND NOT (u.id = ANY($3::uuid[]))
      ORDER BY u.left_at, u.id LIMIT $2`,
    [now, limit, skip],
  );
}
