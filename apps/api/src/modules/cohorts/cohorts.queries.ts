import { insertTrainingSession } from './training-sessions.queries';
import { EntityManager } from 'typeorm';
import type { CohortStatus, DeliveryMode } from '@icspa/domain';
import { affectedRows, exists, selectOne, selectRows, countRows } from '../../core/database/sql';
import type { Where } from '../../core/database/where';

/** A cohort as the API shows it, with its course and trainer. */
export interface CohortRow {
  id: string;
  course_id: string;
  course_code: string;
  course_title: string;
  starts_at: Date;
  ends_at: Date;
  delivery_mode: DeliveryMode;
  language: string;
  country_code: string | null;
  city: string | null;
  capacity: number;
  seats_taken: number;
  waitlisted: number;
  trainer_id: string | null;
  trainer_name: string | null;
  /** A local trainer teaching alone is an officer: their unit and protection. */
  trainer_unit_id: string | null;
  trainer_protected: boolean;
  /** Co-delivery: the local trainer teaching beside `trainer_id`. */
  co_trainer_id: string | null;
  co_trainer_name: string | null;
  co_trainer_unit_id: string | null;
  co_trainer_protected: boolean;
  police_unit_id: string | null;
  requires_approval: boolean;
  status: CohortStatus;
}

const COHORT_SELECT = `
  SELECT co.*, c.code AS course_code, c.title AS course_title, t.display_name AS trainer_name,
         t.police_unit_id AS trainer_unit_id, t.protected_at IS NOT NULL AS trainer_protected,
         cot.display_name AS co_trainer_name, cot.police_unit_id AS co_trainer_unit_id,
         cot.protected_at IS NOT NULL AS co_trainer_protected,
         (SELECT count(*)::int FROM enrolment w WHERE w.cohort_id = co.id AND w.status = 'waitlisted') AS waitlisted
    FROM cohort co JOIN course c ON c.id = co.course_id LEFT JOIN app_user t ON t.id = co.trainer_id
    LEFT JOIN app_user cot ON cot.id = co.co_trainer_id`;

/** How many cohorts match; `where` has conditions on `cohort co JOIN course c`. */
export async function countCohorts(manager: EntityManager, where: Where): Promise<number> {
  return countRows(manager, 'cohort co JOIN course c ON c.id = co.course_id', where);
}

/**
 * The order of a cohort list: `upcoming` (the default) puts cohorts that have not ended by `now` first,
 * soonest start first, then those that have ended, latest first; `starts` is by start, `-starts` latest first.
 */
export type CohortOrder = { sort: 'upcoming'; now: Date } | { sort: 'starts' | '-starts' };

/**
 * One page of matching cohorts in `order`; with `readFirst` (language subtags such as `uk`), those
 * taught in one of these languages come first.
 */
export function findCohorts(
  manager: EntityManager,
  where: Where,
  limit: number,
  offset: number,
  readFirst: string[] = [],
  order: CohortOrder = { sort: 'starts' },
): Promise<CohortRow[]> {
  const params: unknown[] = [...where.params, readFirst];
  const language = `lower(split_part(co.language, '-', 1)) = ANY($${params.length}::text[]) DESC`;
  let keys: string;
  if (order.sort === 'upcoming') {
    params.push(order.now);
    const now = `$${params.length}::timestamptz`;
    keys = `co.ends_at > ${now} DESC, CASE WHEN co.ends_at > ${now} THEN co.starts_at END, co.starts_at DESC`;
  } else keys = order.sort === 'starts' ? 'co.starts_at' : 'co.starts_at DESC';
  return selectRows<CohortRow>(
    manager,
    `${COHORT_SELECT} ${where}
      ORDER BY ${language}, ${keys}, co.id
      LIMIT ${limit} OFFSET ${offset}`,
    params,
  );
}

/** The one cohort `where` picks (it names `co.id`), or null. */
export function findCohort(manager: EntityManager, where: Where): Promise<CohortRow | null> {
  return selectOne<CohortRow>(manager, `${COHORT_SELECT} ${where}`, where.params);
}

/** The columns of a new cohort; the database fills in seats and timestamps. */
export interface NewCohort {
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  deliveryMode: DeliveryMode;
  language: string;
  countryCode: string | null;
  city: string | null;
  capacity: number;
  trainerId: string | null;
  policeUnitId: string | null;
  requiresApproval: boolean;
  status: CohortStatus;
  /** IANA time zone of its first training session (default UTC). */
  timeZone?: string;
}

/** Inserts a cohort with one training session over its dates (the city as venue) and answers its id. */
/** Co-delivery: names the local trainer teaching a cohort beside its expert trainer. */
export async function setCohortCoTrainer(manager: EntityManager, cohortId: string, coTrainerId: string): Promise<void> {
  await manager.query(`UPDATE cohort SET co_trainer_id = $2, updated_at = now() WHERE id = $1`, [
    cohortId,
    coTrainerId,
  ]);
}

export async function insertCohort(manager: EntityManager, c: NewCohort): Promise<string> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO cohort (course_id, starts_at, ends_at, delivery_mode, language, country_code, city, capacity, trainer_id, police_unit_id, requires_approval, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      c.courseId,
      c.startsAt,
      c.endsAt,
      c.deliveryMode,
      c.language,
      c.countryCode,
      c.city,
      c.capacity,
      c.trainerId,
      c.policeUnitId,
      c.requiresApproval,
      c.status,
    ],
  );
  await insertTrainingSession(manager, {
    cohortId: row!.id,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    timeZone: c.timeZone ?? 'UTC',
    venueName: c.city,
    venueAddress: null,
    onlineUrl: null,
  });
  return row!.id;
}

/** What an update of a cohort changes; null leaves a column as it is. */
export interface CohortChanges {
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  trainerId: string | null;
  city: string | null;
  requiresApproval: boolean | null;
}

export async function updateCohort(manager: EntityManager, id: string, c: CohortChanges): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE cohort SET starts_at = $2, ends_at = $3, capacity = coalesce($4, capacity), trainer_id = coalesce($5, trainer_id),
            city = coalesce($6, city), requires_approval = coalesce($7, requires_approval), updated_at = now() WHERE id = $1`,
    [id, c.startsAt, c.endsAt, c.capacity, c.trainerId, c.city, c.requiresApproval],
  );
}

export async function setCohortStatus(manager: EntityManager, id: string, status: CohortStatus): Promise<void> {
  await affectedRows(manager, `UPDATE cohort SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
}

/** A cohort's dates and delivery mode, or null. */
export function cohortSchedule(
  manager: EntityManager,
  id: string,
): Promise<{ starts_at: Date; ends_at: Date; delivery_mode: DeliveryMode } | null> {
  return selectOne(manager, `SELECT starts_at, ends_at, delivery_mode FROM cohort WHERE id = $1`, [id]);
}

/** The course a cohort is a run of, or null when there is no such cohort. */
export async function cohortCourseId(manager: EntityManager, id: string): Promise<string | null> {
  const row = await selectOne<{ course_id: string }>(manager, `SELECT course_id FROM cohort WHERE id = $1`, [id]);
  return row?.course_id ?? null;
}

/** Officers enrolled in, waiting for or asking to join the cohort. */
export async function activeOfficerIds(manager: EntityManager, cohortId: string): Promise<string[]> {
  const rows = await selectRows<{ officer_id: string }>(
    manager,
    `SELECT officer_id FROM enrolment WHERE cohort_id = $1 AND status IN ('pending_approval', 'enrolled', 'waitlisted')`,
    [cohortId],
  );
  return rows.map((r) => r.officer_id);
}

/** Officers holding a seat in the cohort (enrolled, completed or failed), with their police unit. */
export async function seatedOfficers(
  manager: EntityManager,
  cohortId: string,
): Promise<Array<{ officerId: string; unitId: string | null }>> {
  const rows = await selectRows<{ officer_id: string; police_unit_id: string | null }>(
    manager,
    `SELECT e.officer_id, u.police_unit_id FROM enrolment e JOIN app_user u ON u.id = e.officer_id
      WHERE e.cohort_id = $1 AND e.status IN ('enrolled', 'completed', 'failed')`,
    [cohortId],
  );
  return rows.map((r) => ({ officerId: r.officer_id, unitId: r.police_unit_id }));
}

/** Each enrolment's best attempt score in the cohort (enrolments without attempts are absent). */
export function bestScores(
  manager: EntityManager,
  cohortId: string,
): Promise<{ enrolment_id: string; best: number }[]> {
  return selectRows(
    manager,
    `SELECT a.enrolment_id, max(a.score)::int AS best FROM assessment_attempt a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.cohort_id = $1 GROUP BY 1`,
    [cohortId],
  );
}

/** The course's languages and status, or null when there is no such course. */
export function courseFacts(
  manager: EntityManager,
  courseId: string,
): Promise<{ languages: string[]; status: string } | null> {
  return selectOne(manager, `SELECT languages, status FROM course WHERE id = $1`, [courseId]);
}

export function countryExists(manager: EntityManager, code: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM country WHERE code = $1`, [code]);
}

export function policeUnitExists(manager: EntityManager, id: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM police_unit WHERE id = $1`, [id]);
}

/** Whether the user is an active trainer: a member firm's expert, or a local trainer (an officer with a local trainer's profile). */
export function isActiveTrainer(manager: EntityManager, userId: string): Promise<boolean> {
  return exists(
    manager,
    `SELECT 1 FROM app_user t WHERE t.id = $1 AND t.disabled_at IS NULL
        AND (t.role = 'trainer' OR EXISTS (SELECT 1 FROM trainer_profile p WHERE p.user_id = t.id AND p.local_since IS NOT NULL))`,
    [userId],
  );
}
