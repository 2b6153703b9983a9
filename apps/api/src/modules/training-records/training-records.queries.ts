import { EntityManager } from 'typeorm';
import { selectOne, selectRows } from '../../core/database/sql';
import type { Where } from '../../core/database/where';
import type { PersonSearchSql } from '../identity/person-search';

/*
 * Read-only SQL over the learning tables (cohorts' enrolments, attempts, sessions and attendance; certifications):
 * a training record reads everything about one officer, the roster one line per officer. Nothing here writes.
 */

export interface OfficerRow {
  id: string;
  display_name: string;
  email: string;
  role: string;
  police_unit_id: string | null;
  police_unit_name: string | null;
  disabled_at: Date | null;
  protected: boolean;
}

/** The officer, if the scope (conditions on `app_user u`) lets the reader see them. */
export async function selectOfficer(
  manager: EntityManager,
  where: Where,
  officerId: string,
): Promise<OfficerRow | null> {
  where.add('u.id = ?', officerId);
  return selectOne<OfficerRow>(
    manager,
    `SELECT u.id, u.display_name, u.email, u.role, u.police_unit_id, pu.name AS police_unit_name, u.disabled_at,
            u.protected_at IS NOT NULL AS protected
       FROM app_user u LEFT JOIN police_unit pu ON pu.id = u.police_unit_id ${where}`,
    where.params,
  );
}

export interface RecordEnrolmentRow {
  id: string;
  cohort_id: string;
  course_id: string;
  course_code: string;
  course_title: string;
  status: string;
  progress_percent: number;
  starts_at: Date;
  ends_at: Date;
  delivery_mode: string;
  language: string;
  completed_at: Date | null;
  enrolled_at: Date;
  nominated_by_id: string | null;
  nominated_by_name: string | null;
  nominated_by_unit_id: string | null;
  nominated_by_protected: boolean | null;
  attempts: number;
  best_score: number | null;
  passed: boolean | null;
  sessions: number;
  present: number;
  late: number;
  absent: number;
  excused: number;
}

/** Every enrolment of the officer, newest run first, with its assessment result and attendance counts. */
export async function selectRecordEnrolments(manager: EntityManager, officerId: string): Promise<RecordEnrolmentRow[]> {
  return selectRows<RecordEnrolmentRow>(
    manager,
    `SELECT e.id, e.cohort_id, e.course_id, c.code AS course_code, c.title AS course_title, e.status, e.progress_percent,
            co.starts_at, co.ends_at, co.delivery_mode, co.language, e.completed_at, e.created_at AS enrolled_at,
            e.nominated_by_id, nb.display_name AS nominated_by_name, nb.police_unit_id AS nominated_by_unit_id,
            nb.protected_at IS NOT NULL AS nominated_by_protected,
            (SELECT count(*)::int FROM assessment_attempt a WHERE a.enrolment_id = e.id AND a.submitted_at IS NOT NULL) AS attempts,
            (SELECT max(a.score)::int FROM assessment_attempt a WHERE a.enrolment_id = e.id) AS best_score,
            (SELECT bool_or(a.passed) FROM assessment_attempt a WHERE a.enrolment_id = e.id) AS passed,
            (SELECT count(*)::int FROM training_session s WHERE s.cohort_id = e.cohort_id AND s.status <> 'cancelled') AS sessions,
            count(at.*) FILTER (WHERE at.status = 'present')::int AS present,
            count(at.*) FILTER (WHERE at.status = 'late')::int AS late,
            count(at.*) FILTER (WHERE at.status = 'absent')::int AS absent,
            count(at.*) FILTER (WHERE at.status = 'excused')::int AS excused
       FROM enrolment e
       JOIN cohort co ON co.id = e.cohort_id
       JOIN course c ON c.id = e.course_id
       LEFT JOIN app_user nb ON nb.id = e.nominated_by_id
       LEFT JOIN attendance at ON at.enrolment_id = e.id
      WHERE e.officer_id = $1
      GROUP BY e.id, c.id, co.id, nb.id
      ORDER BY co.starts_at DESC, e.id`,
    [officerId],
  );
}

export interface RecordAttendanceRow {
  enrolment_id: string;
  training_session_id: string;
  course_title: string;
  position: number;
  starts_at: Date;
  time_zone: string;
  status: string | null;
}

/** Every session of the officer's seated enrolments, with the mark given (null: none yet), oldest first. */
export async function selectRecordAttendance(
  manager: EntityManager,
  officerId: string,
): Promise<RecordAttendanceRow[]> {
  return selectRows<RecordAttendanceRow>(
    manager,
    `SELECT e.id AS enrolment_id, s.id AS training_session_id, c.title AS course_title, s.position, s.starts_at, s.time_zone,
            at.status
       FROM enrolment e
       JOIN training_session s ON s.cohort_id = e.cohort_id AND s.status <> 'cancelled'
       JOIN course c ON c.id = e.course_id
       LEFT JOIN attendance at ON at.enrolment_id = e.id AND at.training_session_id = s.id
      WHERE e.officer_id = $1 AND e.status IN ('enrolled', 'completed', 'failed')
      ORDER BY s.starts_at, s.id`,
    [officerId],
  );
}

export interface RecordCertificationRow {
  id: string;
  programme_id: string;
  programme_name: string;
  status: string;
  issued_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_reason: string | null;
  recertification_window_days: number;
  public_code: string;
  renewed_by_id: string | null;
}

/** Every certification the officer holds or held, newest first; `renewed_by_id` names the one that renewed it. */
export async function selectRecordCertifications(
  manager: EntityManager,
  officerId: string,
): Promise<RecordCertificationRow[]> {
  return selectRows<RecordCertificationRow>(
    manager,
    `SELECT c.id, c.programme_id, p.name AS programme_name, c.status, c.issued_at, c.expires_at, c.revoked_at,
            c.revoked_reason, p.recertification_window_days, c.public_code,
            (SELECT n.id FROM certification n WHERE n.previous_id = c.id ORDER BY n.issued_at DESC LIMIT 1) AS renewed_by_id
       FROM certification c JOIN certification_programme p ON p.id = c.programme_id
      WHERE c.holder_id = $1
      ORDER BY c.issued_at DESC, c.id`,
    [officerId],
  );
}

/** The roster's filters. */
export interface RosterFilter {
  /** `expiring`: a valid certification expires within the window; `never_trained`: no course completed, no certification. */
  status?: 'expiring' | 'never_trained';
  programmeId?: string;
  /** The people search (`identity/person-search.ts`): best matches first instead of by name. */
  search?: PersonSearchSql | null;
  /** The application's now and the end of the expiry window. */
  now: Date;
  expiringBefore: Date;
}

/**
 * Conditions on a certification `c` that is in force at `now`: active, not past its expiry, not renewed by a
 * later one (its renewal is what counts then).
 */
const IN_FORCE = (now: string) =>
  `c.status = 'active' AND c.expires_at > ${now} AND NOT EXISTS (SELECT 1 FROM certification n WHERE n.previous_id = c.id AND n.status = 'active')`;

/** Adds the roster's filters to the scope (conditions on `app_user u`). */
export function rosterWhere(where: Where, filter: RosterFilter, policeUnitId: string | undefined): Where {
  if (policeUnitId) where.add('u.police_unit_id = ?', policeUnitId);
  if (filter.status === 'expiring')
    where.raw(
      `EXISTS (SELECT 1 FROM certification c WHERE c.holder_id = u.id AND ${IN_FORCE(where.param(filter.now))} AND c.expires_at <= ${where.param(filter.expiringBefore)})`,
    );
  if (filter.status === 'never_trained')
    where.raw(
      `NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.officer_id = u.id AND e.status = 'completed')
       AND NOT EXISTS (SELECT 1 FROM certification c WHERE c.holder_id = u.id)`,
    );
  if (filter.programmeId)
    where.raw(
      `EXISTS (SELECT 1 FROM certification c WHERE c.holder_id = u.id AND c.programme_id = ${where.param(filter.programmeId)} AND ${IN_FORCE(where.param(filter.now))})`,
    );
  if (filter.search) where.raw(filter.search.condition('u'));
  return where;
}

export interface RosterRow {
  id: string;
  display_name: string;
  email: string;
  role: string;
  disabled: boolean;
  police_unit_id: string | null;
  protected: boolean;
  active_courses: number;
  completed_courses: number;
  certifications_valid: number;
  certifications_expiring: number;
  certifications_expired: number;
  next_expiry: Date | null;
}

/** One page of the roster, by name, and how many officers match. */
export async function selectRoster(
  manager: EntityManager,
  where: Where,
  filter: RosterFilter,
  window: { limit: number; offset: number },
): Promise<{ rows: RosterRow[]; total: number }> {
  const [{ total }] = await selectRows<{ total: number }>(
    manager,
    `SELECT count(*)::int AS total FROM app_user u ${where}`,
    where.params,
  );
  const now = where.param(filter.now);
  const soon = where.param(filter.expiringBefore);
  const limit = where.param(window.limit);
  const offset = where.param(window.offset);
  const rows = await selectRows<RosterRow>(
    manager,
    `SELECT u.id, u.display_name, u.email, u.role, u.disabled_at IS NOT NULL AS disabled,
            u.police_unit_id, u.protected_at IS NOT NULL AS protected,
            (SELECT count(*)::int FROM enrolment e WHERE e.officer_id = u.id AND e.status IN ('enrolled', 'pending_approval', 'waitlisted')) AS active_courses,
            (SELECT count(*)::int FROM enrolment e WHERE e.officer_id = u.id AND e.status = 'completed') AS completed_courses,
            (SELECT count(*)::int FROM certification c WHERE c.holder_id = u.id AND ${IN_FORCE(now)} AND c.expires_at > ${soon}) AS certifications_valid,
            (SELECT count(*)::int FROM certification c WHERE c.holder_id = u.id AND ${IN_FORCE(now)} AND c.expires_at <= ${soon}) AS certifications_expiring,
            (SELECT count(*)::int FROM certification c WHERE c.holder_id = u.id
               AND (c.status = 'expired' OR (c.status = 'active' AND c.expires_at <= ${now}))
               AND NOT EXISTS (SELECT 1 FROM certification n WHERE n.previous_id = c.id)) AS certifications_expired,
            (SELECT min(c.expires_at) FROM certification c WHERE c.holder_id = u.id AND ${IN_FORCE(now)}) AS next_expiry
       FROM app_user u ${where}
      ORDER BY ${filter.search ? `${filter.search.rank('u')} DESC, ` : ''}lower(u.display_name), u.id
      LIMIT ${limit} OFFSET ${offset}`,
    where.params,
  );
  return { rows, total };
}
