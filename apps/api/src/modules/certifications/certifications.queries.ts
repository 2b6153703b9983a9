import type { CertificationStatus, RevocationCategory } from '@icspa/domain';
import { EntityManager } from 'typeorm';
import { affectedRows, exists, selectOne, selectRows, updateReturning } from '../../core/database/sql';
import { Where } from '../../core/database/where';
import { ProgrammeRow } from './programmes.queries';

/** A certification with its programme's name and window and its holder's name (`CERT_SELECT`). */
export interface CertificationRow {
  id: string;
  programme_id: string;
  holder_id: string;
  issued_at: Date;
  valid_from: Date;
  /** valid_from to the microsecond, as text: the page cursor's key. */
  valid_from_key: string;
  expires_at: Date;
  status: CertificationStatus;
  revoked_at: Date | null;
  revoked_reason: string | null;
  revocation_category: RevocationCategory | null;
  public_code: string;
  status_list: number;
  status_list_index: number;
  identity_salt: string | null;
  previous_id: string | null;
  credential: string;
  reminded60_at: Date | null;
  reminded30_at: Date | null;
  reminded7_at: Date | null;
  created_at: Date;
  programme_name: string;
  recertification_window_days: number;
  holder_name: string;
  /** The holder is a protected officer: the public page shows their initials only. */
  holder_protected: boolean;
}

/** What a certification is shown with (`presentCertification`), and a list page's key: all a list reads. */
export type CertificationListRow = Pick<
  CertificationRow,
  | 'id'
  | 'programme_id'
  | 'holder_id'
  | 'issued_at'
  | 'valid_from'
  | 'valid_from_key'
  | 'expires_at'
  | 'status'
  | 'revoked_at'
  | 'revoked_reason'
  | 'revocation_category'
  | 'public_code'
  | 'previous_id'
  | 'programme_name'
  | 'recertification_window_days'
  | 'holder_name'
>;

/** A list's columns: not the signed credential (kilobytes each) nor the reminders. */
const CERT_LIST_SELECT = `
  SELECT c.id, c.programme_id, c.holder_id, c.issued_at, c.valid_from, c.valid_from::text AS valid_from_key,
         c.expires_at, c.status, c.revoked_at, c.revoked_reason, c.revocation_category, c.public_code, c.previous_id,
         p.name AS programme_name, p.recertification_window_days, u.display_name AS holder_name
    FROM certification c JOIN certification_programme p ON p.id = c.programme_id JOIN app_user u ON u.id = c.holder_id`;

export interface HolderRow {
  id: string;
  display_name: string;
  email: string;
  /** Their preferred language; null: not chosen (English). */
  locale: string | null;
  /** A protected officer: their signed credential carries no name, only the salted identifiers. */
  protected: boolean;
}

const CERT_SELECT = `
  SELECT c.*, c.valid_from::text AS valid_from_key, p.name AS programme_name, p.recertification_window_days, u.display_name AS holder_name, u.protected_at IS NOT NULL AS holder_protected
    FROM certification c JOIN certification_programme p ON p.id = c.programme_id JOIN app_user u ON u.id = c.holder_id`;

/** Whether the holder has a certification (not revoked) whose programme includes the course. */
export function holderIsCertifiedForCourse(
  manager: EntityManager,
  holderId: string,
  courseId: string,
): Promise<boolean> {
  return exists(
    manager,
    `SELECT 1 FROM certification c JOIN certification_programme p ON p.id = c.programme_id
      WHERE c.holder_id = $1 AND c.status <> 'revoked' AND $2 = ANY(p.course_ids) LIMIT 1`,
    [holderId, courseId],
  );
}

/** What a certification list's conditions are on (`certification c` only), for its total. */
export const CERTIFICATION_LIST_FROM = 'certification c';

/** The condition of a page after a cursor (the key of the certification it starts after), in the list's order. */
export function afterCertification(where: Where, [validFrom, id]: string[]): Where {
  return where.raw(`(c.valid_from, c.id) < (${where.param(validFrom)}::timestamptz, ${where.param(id)}::uuid)`);
}

/** Newest first (ties by id, descending: the cursor's order); best holder matches first when `rankFirst` (SQL over the holder `u`, e.g. a search's rank) is given. */
export function listCertifications(
  manager: EntityManager,
  where: Where,
  limit: number,
  offset: number,
  rankFirst?: (holder: string) => string,
): Promise<CertificationListRow[]> {
  const n = where.params.length;
  const rank = rankFirst ? `${rankFirst('u')} DESC, ` : '';
  return selectRows<CertificationListRow>(
    manager,
    `${CERT_LIST_SELECT} ${where} ORDER BY ${rank}c.valid_from DESC, c.id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...where.params, limit, offset],
  );
}

/** The one certification the conditions (a scope and its id) select, or null. */
export function findCertification(manager: EntityManager, where: Where): Promise<CertificationRow | null> {
  return selectOne<CertificationRow>(manager, `${CERT_SELECT} ${where}`, where.params);
}

export function findCertificationByPublicCode(manager: EntityManager, code: string): Promise<CertificationRow | null> {
  return selectOne<CertificationRow>(manager, `${CERT_SELECT} WHERE c.public_code = $1`, [code]);
}

/** Locks the certification (not its programme) until the transaction ends. */
export function lockCertification(
  manager: EntityManager,
  id: string,
): Promise<{ status: CertificationStatus; holder_id: string; name: string; status_list: number } | null> {
  return selectOne(
    manager,
    `SELECT c.status, c.holder_id, p.name, c.status_list FROM certification c JOIN certification_programme p ON p.id = c.programme_id WHERE c.id = $1 FOR UPDATE OF c`,
    [id],
  );
}

export async function markRevoked(
  manager: EntityManager,
  id: string,
  at: Date,
  reason: string,
  category: RevocationCategory,
): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE certification SET status = 'revoked', revoked_at = $2, revoked_reason = $3, revocation_category = $4 WHERE id = $1`,
    [id, at, reason, category],
  );
}

/** Whether a certification already follows this one. */
export function isRenewed(manager: EntityManager, id: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM certification WHERE previous_id = $1`, [id]);
}

/** The holder's row lock serialises everything that issues to them. */
export function lockHolder(manager: EntityManager, holderId: string): Promise<HolderRow | null> {
  return selectOne<HolderRow>(
    manager,
    `SELECT id, display_name, email, locale, protected_at IS NOT NULL AS protected FROM app_user WHERE id = $1 FOR UPDATE`,
    [holderId],
  );
}

/** Programmes whose requirements the holder meets and of which they hold no certification yet. */
export function programmesDueFor(manager: EntityManager, holderId: string): Promise<ProgrammeRow[]> {
  return selectRows<ProgrammeRow>(
    manager,
    `SELECT p.* FROM certification_programme p
      WHERE NOT EXISTS (SELECT 1 FROM certification c WHERE c.holder_id = $1 AND c.programme_id = p.id)
        AND (SELECT count(DISTINCT e.course_id) FROM enrolment e WHERE e.officer_id = $1 AND e.status = 'completed' AND e.course_id = ANY(p.course_ids)) >= p.required_count`,
    [holderId],
  );
}

export interface NewCertification {
  programmeId: string;
  holderId: string;
  issuedAt: Date;
  validFrom: Date;
  expiresAt: Date;
  publicCode: string;
  previousId: string | null;
  statusList: number;
  statusListIndex: number;
  identitySalt: string;
}

/** Inserts with an empty credential: the credential names the row's id. */
export async function insertCertification(manager: EntityManager, c: NewCertification): Promise<{ id: string }> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, public_code, previous_id,
                                status_list, status_list_index, identity_salt, credential)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '') RETURNING id`,
    [
      c.programmeId,
      c.holderId,
      c.issuedAt,
      c.validFrom,
      c.expiresAt,
      c.publicCode,
      c.previousId,
      c.statusList,
      c.statusListIndex,
      c.identitySalt,
    ],
  );
  return row!;
}

/** The holder's certifications written without a signed credential (the demo seed's), with their programme. */
export function unsignedCertificationsOf(
  manager: EntityManager,
  holderId: string,
): Promise<
  Array<{
    id: string;
    status_list: number;
    status_list_index: number;
    identity_salt: string | null;
    valid_from: Date;
    expires_at: Date;
    programme: ProgrammeRow;
  }>
> {
  return selectRows(
    manager,
    `SELECT c.id, c.status_list, c.status_list_index, c.identity_salt, c.valid_from, c.expires_at, to_jsonb(p) AS programme
       FROM certification c JOIN certification_programme p ON p.id = c.programme_id
      WHERE c.holder_id = $1 AND c.credential = '' ORDER BY c.issued_at, c.id`,
    [holderId],
  );
}

export async function setIdentitySalt(manager: EntityManager, id: string, salt: string): Promise<void> {
  await affectedRows(manager, `UPDATE certification SET identity_salt = $2 WHERE id = $1`, [id, salt]);
}

export async function setCredential(manager: EntityManager, id: string, credential: string): Promise<void> {
  await affectedRows(manager, `UPDATE certification SET credential = $2 WHERE id = $1`, [id, credential]);
}

/** These courses' ids and titles (as written), by course code. */
export function courseTitles(manager: EntityManager, courseIds: string[]): Promise<{ id: string; title: string }[]> {
  return selectRows<{ id: string; title: string }>(
    manager,
    `SELECT id, title FROM course WHERE id = ANY($1) ORDER BY code`,
    [courseIds],
  );
}

/** Marks active certifications past their expiry as expired; returns them. */
export function expireDue(
  manager: EntityManager,
  now: Date,
): Promise<{ id: string; holder_id: string; programme_id: string }[]> {
  return updateReturning(
    manager,
    `UPDATE certification SET status = 'expired' WHERE status = 'active' AND expires_at <= $1 RETURNING id, holder_id, programme_id`,
    [now],
  );
}

/** The reminders sent before expiry, in days; SQL column names are built from them. */
export const REMINDER_DAYS = [7, 30, 60] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

/**
 * Marks the `days` reminder sent for active, not renewed certifications expiring within `days`, and
 * the larger thresholds as passed, so a certification first seen with 20 days left gets the 30-day
 * reminder and never the 60-day one late; returns those to remind.
 */
export function markRemindersDue(
  manager: EntityManager,
  now: Date,
  days: ReminderDays,
): Promise<{ id: string; holder_id: string; name: string; expires_at: Date }[]> {
  const larger = REMINDER_DAYS.filter((d) => d > days).map((d) => `reminded${d}_at = coalesce(reminded${d}_at, $1)`);
  return updateReturning(
    manager,
    `UPDATE certification c SET reminded${days}_at = $1 ${larger.length ? ', ' + larger.join(', ') : ''}
       FROM certification_programme p
      WHERE p.id = c.programme_id AND c.status = 'active' AND c.reminded${days}_at IS NULL
        AND c.expires_at > $1 AND c.expires_at <= $1::timestamptz + make_interval(days => ${days})
        AND NOT EXISTS (SELECT 1 FROM certification n WHERE n.previous_id = c.id)
      RETURNING c.id, c.holder_id, p.name, c.expires_at`,
    [now],
  );
}

/** The holder's preferred language (`app_user.locale`; null: not chosen, English). */
export async function holderLocale(manager: EntityManager, holderId: string): Promise<string | null> {
  const row = await selectOne<{ locale: string | null }>(manager, `SELECT locale FROM app_user WHERE id = $1`, [
    holderId,
  ]);
  return row?.locale ?? null;
}

/** The holder's certifications with a signed credential (revoked ones too; not `''`, still unsigned), locked. */
export function lockCredentialsOfHolder(
  manager: EntityManager,
  holderId: string,
): Promise<Array<{ id: string; credential: string }>> {
  return selectRows(
    manager,
    `SELECT id, credential FROM certification
      WHERE holder_id = $1 AND credential <> '' ORDER BY id FOR UPDATE`,
    [holderId],
  );
}
