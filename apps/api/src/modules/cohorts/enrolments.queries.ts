import { EntityManager } from 'typeorm';
import type { EnrolmentStatus, QuestionKind } from '@icspa/domain';
import { affectedRows, exists, selectOne, selectRows, updateReturning } from '../../core/database/sql';
import type { LockedCohort } from './seats';

/*
 * Enrolments, lesson completions and assessment attempts. (The enrolments as the API shows them are
 * read by findEnrolmentViews in enrolment-views.ts.)
 */

/** How many enrolments match; `where` has conditions on `enrolment e JOIN cohort co JOIN app_user u`. */
/** What the enrolment scope and the list's filters are conditions on, for the list's total. */
export const ENROLMENT_LIST_FROM =
  'enrolment e JOIN cohort co ON co.id = e.cohort_id JOIN app_user u ON u.id = e.officer_id';

/** Locks the enrolment row and answers its status. */
export async function lockEnrolmentStatus(manager: EntityManager, id: string): Promise<EnrolmentStatus> {
  const row = await selectOne<{ status: EnrolmentStatus }>(
    manager,
    `SELECT status FROM enrolment WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return row!.status;
}

export async function withdrawEnrolment(manager: EntityManager, id: string): Promise<void> {
  await affectedRows(manager, `UPDATE enrolment SET status = 'withdrawn', updated_at = now() WHERE id = $1`, [id]);
}

/** An approved enrolment takes a seat or a waitlist place; the place counts from approval, not from the request. */
export async function approveEnrolment(
  manager: EntityManager,
  id: string,
  status: 'enrolled' | 'waitlisted',
): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE enrolment SET status = $2, queue_number = nextval('enrolment_queue_number_seq'), updated_at = now() WHERE id = $1`,
    [id, status],
  );
}

/** Records the trainer's grade: completed (when attendance meets the course's rule and passed) or failed. */
export async function gradeEnrolment(
  manager: EntityManager,
  id: string,
  status: 'completed' | 'failed',
): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE enrolment SET status = $2::enrolment_status,
            completed_at = CASE WHEN $2::text = 'completed' THEN coalesce(completed_at, now()) ELSE NULL END, updated_at = now() WHERE id = $1`,
    [id, status],
  );
}

/** Users by id, with their police unit (absent ids are left out). */
export function usersWithUnits(
  manager: EntityManager,
  ids: string[],
): Promise<{ id: string; police_unit_id: string | null }[]> {
  return selectRows(manager, `SELECT id, police_unit_id FROM app_user WHERE id = ANY($1)`, [ids]);
}

/**
 * The unit of an active officer or coordinator; null when the user is neither (or disabled). Locks
 * the user's row: every enrolment of an officer is made under it, so two runs of a course joined at
 * once queue on it instead of deadlocking on the one-live-enrolment-per-course index.
 */
export function enrollableOfficer(
  manager: EntityManager,
  userId: string,
): Promise<{ police_unit_id: string | null } | null> {
  return selectOne(
    manager,
    `SELECT police_unit_id FROM app_user WHERE id = $1 AND disabled_at IS NULL AND role IN ('officer', 'coordinator') FOR NO KEY UPDATE`,
    [userId],
  );
}

export interface JoinFacts {
  /**
   * Null when the user is not an active officer or coordinator. Not locked here: `joinCohort` locks the row
   * (a lock taken by a statement of its own would cost a commit outside a transaction, and the callers that
   * run in one have locked the officers already).
   */
  officer: { police_unit_id: string | null } | null;
  /** Null when there is no such cohort. Read without its lock: `joinCohort` checks it did not change. */
  cohort: (LockedCohort & { facts: string }) | null;
  /** The officer's enrolments in this cohort (unless withdrawn) and active ones in any run of the course. */
  existing: { id: string; status: EnrolmentStatus; cohort_id: string }[];
}

/** Everything an enrolment's checks read, in one statement, before the cohort's lock is taken. */
export async function readJoinFacts(manager: EntityManager, cohortId: string, officerId: string): Promise<JoinFacts> {
  const row = await selectOne<{
    officer_found: boolean;
    officer_unit_id: string | null;
    cohort: (Omit<LockedCohort, 'starts_at'> & { starts_at: string; facts: string }) | null;
    existing: JoinFacts['existing'];
  }>(
    manager,
    `WITH officer AS MATERIALIZED (
       SELECT police_unit_id FROM app_user WHERE id = $2 AND disabled_at IS NULL AND role IN ('officer', 'coordinator')
     ), target AS MATERIALIZED (
       SELECT co.id, co.course_id, c.title AS course_title, co.status, co.capacity, co.seats_taken, co.requires_approval,
              co.starts_at, co.trainer_id, co.co_trainer_id, co.police_unit_id, cohort_join_facts(co) AS facts
         FROM cohort co JOIN course c ON c.id = co.course_id WHERE co.id = $1
     )
     SELECT EXISTS (SELECT 1 FROM officer) AS officer_found, (SELECT police_unit_id FROM officer) AS officer_unit_id,
            (SELECT row_to_json(target) FROM target) AS cohort,
            coalesce((SELECT json_agg(json_build_object('id', e.id, 'status', e.status, 'cohort_id', e.cohort_id))
                        FROM enrolment e JOIN target ON e.course_id = target.course_id
                       WHERE e.officer_id = $2
                         AND (e.cohort_id = target.id AND e.status <> 'withdrawn' OR e.status IN ('pending_approval', 'enrolled', 'waitlisted'))),
                     '[]'::json) AS existing`,
    [cohortId, officerId],
  );
  const { cohort } = row!;
  return {
    officer: row!.officer_found ? { police_unit_id: row!.officer_unit_id } : null,
    cohort: cohort ? { ...cohort, starts_at: new Date(cohort.starts_at) } : null,
    existing: row!.existing,
  };
}

/**
 * The seat-taking statement (`enrolment_join`, migration 1765510000000): one round trip, so the cohort's row
 * lock is held for that statement (and, outside a transaction, its commit) only. Locks the officer's row,
 * then the cohort's; checks that neither changed since `readJoinFacts` (`officerUnitId`, `facts`); takes a
 * seat when `wantsSeat` and one is free (counted under the lock: never over capacity; the check constraint
 * on seats_taken backs this up); inserts the enrolment. Answers the officer's live enrolment in the cohort
 * when one was made meanwhile (`created` false), or null when a fact changed: read them again.
 */
export async function joinCohort(
  manager: EntityManager,
  j: {
    cohortId: string;
    officerId: string;
    officerUnitId: string | null;
    facts: string;
    wantsSeat: boolean;
    nominatedById: string | null;
  },
): Promise<{ id: string; status: EnrolmentStatus; created: boolean } | null> {
  return selectOne(
    manager,
    `SELECT enrolment_id AS id, enrolment_status AS status, created FROM enrolment_join($1, $2, $3, $4, $5, $6)`,
    [j.cohortId, j.officerId, j.officerUnitId, j.facts, j.wantsSeat, j.nominatedById],
  );
}

export async function insertEnrolment(
  manager: EntityManager,
  e: {
    cohortId: string;
    courseId: string;
    officerId: string;
    status: EnrolmentStatus;
    nominatedById: string | null;
    /** A pending switch: the enrolment whose seat this waitlisted place will replace. */
    switchFromId?: string | null;
  },
): Promise<string> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO enrolment (cohort_id, course_id, officer_id, status, nominated_by_id, switch_from_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [e.cohortId, e.courseId, e.officerId, e.status, e.nominatedById, e.switchFromId ?? null],
  );
  return row!.id;
}

/** Locks the enrolment row and answers what a switch needs to know of it. */
export async function lockEnrolmentForSwitch(
  manager: EntityManager,
  id: string,
): Promise<{ status: EnrolmentStatus; switch_from_id: string | null }> {
  const row = await selectOne<{ status: EnrolmentStatus; switch_from_id: string | null }>(
    manager,
    `SELECT status, switch_from_id FROM enrolment WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return row!;
}

/** The pending switch waiting to replace this enrolment's seat, locked, or null. */
export function lockPendingSwitchFrom(
  manager: EntityManager,
  enrolmentId: string,
): Promise<{ id: string; cohort_id: string } | null> {
  return selectOne(
    manager,
    `SELECT id, cohort_id FROM enrolment WHERE switch_from_id = $1 AND status = 'waitlisted' FOR UPDATE`,
    [enrolmentId],
  );
}

/** Whether the officer has an enrolment in the cohort that is not withdrawn (completed and failed ones count). */
export function hasLiveEnrolmentIn(manager: EntityManager, officerId: string, cohortId: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM enrolment WHERE officer_id = $1 AND cohort_id = $2 AND status <> 'withdrawn'`, [
    officerId,
    cohortId,
  ]);
}

/** Ids of the lessons the enrolment completed, in completion order. */
export async function completedLessonIds(manager: EntityManager, enrolmentId: string): Promise<string[]> {
  const rows = await selectRows<{ lesson_id: string }>(
    manager,
    `SELECT lesson_id FROM lesson_completion WHERE enrolment_id = $1 ORDER BY completed_at`,
    [enrolmentId],
  );
  return rows.map((r) => r.lesson_id);
}

export function lessonIsInCourse(manager: EntityManager, lessonId: string, courseId: string): Promise<boolean> {
  return exists(
    manager,
    `SELECT 1 FROM lesson l JOIN course_module m ON m.id = l.module_id WHERE l.id = $1 AND m.course_id = $2`,
    [lessonId, courseId],
  );
}

/**
 * Records a completed lesson; completing it again changes nothing. A completion made offline keeps its
 * browser-given id (on the lesson's first completion, or on one saved online before that had none).
 */
export async function insertLessonCompletion(
  manager: EntityManager,
  enrolmentId: string,
  lessonId: string,
  clientId?: string,
) {
  if (clientId === undefined)
    await affectedRows(
      manager,
      `INSERT INTO lesson_completion (enrolment_id, lesson_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [enrolmentId, lessonId],
    );
  else
    await affectedRows(
      manager,
      `INSERT INTO lesson_completion (enrolment_id, lesson_id, client_id) VALUES ($1, $2, $3)
       ON CONFLICT (enrolment_id, lesson_id) DO UPDATE SET client_id = COALESCE(lesson_completion.client_id, EXCLUDED.client_id)`,
      [enrolmentId, lessonId, clientId],
    );
}

/** The completion a browser-given id was recorded with, if any. */
export function completionByClientId(
  manager: EntityManager,
  clientId: string,
): Promise<{ enrolment_id: string; lesson_id: string } | null> {
  return selectOne<{ enrolment_id: string; lesson_id: string }>(
    manager,
    `SELECT enrolment_id, lesson_id FROM lesson_completion WHERE client_id = $1`,
    [clientId],
  );
}

export interface AttemptRow {
  id: string;
  enrolment_id: string;
  question_ids: string[];
  started_at: Date;
  deadline_at: Date | null;
  submitted_at: Date | null;
  answers: Record<string, string[]> | null;
  score: number | null;
  passed: boolean | null;
  /** The language the attempt was taken in. */
  locale: string;
}

export interface AssessmentRow {
  id: string;
  pass_mark: number;
  attempt_limit: number;
  questions_per_attempt: number;
  time_limit_minutes: number | null;
}

export interface QuestionRow {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options: { id: string; text: string }[];
  correct: string[];
}

/** The enrolment's attempts, oldest first. */
export function attemptsOf(manager: EntityManager, enrolmentId: string): Promise<AttemptRow[]> {
  return selectRows<AttemptRow>(
    manager,
    `SELECT * FROM assessment_attempt WHERE enrolment_id = $1 ORDER BY started_at`,
    [enrolmentId],
  );
}

export function findAttempt(manager: EntityManager, id: string, forUpdate: boolean): Promise<AttemptRow | null> {
  return selectOne<AttemptRow>(
    manager,
    `SELECT * FROM assessment_attempt WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [id],
  );
}

export function assessmentOfCourse(manager: EntityManager, courseId: string): Promise<AssessmentRow | null> {
  return selectOne<AssessmentRow>(
    manager,
    `SELECT id, pass_mark, attempt_limit, questions_per_attempt, time_limit_minutes FROM assessment WHERE course_id = $1`,
    [courseId],
  );
}

/** `count` questions of the assessment, drawn at random. */
export async function drawQuestionIds(manager: EntityManager, assessmentId: string, count: number): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    manager,
    `SELECT id FROM question WHERE assessment_id = $1 ORDER BY random() LIMIT $2`,
    [assessmentId, count],
  );
  return rows.map((r) => r.id);
}

export function questionsByIds(manager: EntityManager, ids: string[]): Promise<QuestionRow[]> {
  return selectRows<QuestionRow>(
    manager,
    `SELECT id, kind, prompt, options, correct FROM question WHERE id = ANY($1)`,
    [ids],
  );
}

export async function insertAttempt(
  manager: EntityManager,
  a: { enrolmentId: string; questionIds: string[]; startedAt: Date; deadlineAt: Date | null; locale: string },
): Promise<AttemptRow> {
  const row = await selectOne<AttemptRow>(
    manager,
    `INSERT INTO assessment_attempt (enrolment_id, question_ids, started_at, deadline_at, locale) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
    [a.enrolmentId, a.questionIds, a.startedAt, a.deadlineAt, a.locale],
  );
  return row!;
}

export async function submitAttempt(
  manager: EntityManager,
  id: string,
  s: { submittedAt: Date; answers: Record<string, string[]>; score: number; passed: boolean },
): Promise<AttemptRow> {
  const [row] = await updateReturning<AttemptRow>(
    manager,
    `UPDATE assessment_attempt SET submitted_at = $2, answers = $3, score = $4, passed = $5 WHERE id = $1 RETURNING *`,
    [id, s.submittedAt, JSON.stringify(s.answers), s.score, s.passed],
  );
  return row;
}
