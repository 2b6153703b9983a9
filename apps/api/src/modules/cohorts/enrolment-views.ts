import { EntityManager } from 'typeorm';
import type { DeliveryMode, EnrolmentStatus } from '@icspa/domain';
import { selectPrepared } from '../../core/database/sql';
import type { AuthUser } from '../../core/auth/auth-user';
import { seatFactsSql, seatIdentity, type SeatFactsRow } from './officer-seat';
import { ATTENDANCE_OF_ENROLMENT } from './attendance.queries';
import type { EnrolmentFacts } from './cohorts.policy';
import type { EnrolmentResponseDto } from './dtos/cohort.dto';

export interface EnrolmentView extends Omit<EnrolmentResponseDto, 'officerId'>, EnrolmentFacts {
  /** The officer's e-mail when the reader may have it (`seesOfficerEmail`), else null. */
  officerEmail: string | null;
  /** The officer's id as the response shows it: null for member-firm staff (the enrolment id serves them). */
  shownOfficerId: string | null;
  cohortStatus: string;
}

/** Who reads the views: the officer's name, e-mail and id are formed for them (`officer-name.ts`). */
export type ViewReader = Pick<AuthUser, 'id' | 'role' | 'policeUnitId'>;

interface Row extends SeatFactsRow {
  id: string;
  cohort_id: string;
  course_id: string;
  course_title: string;
  officer_id: string;
  officer_name: string;
  officer_email: string;
  officer_unit_id: string | null;
  status: EnrolmentStatus;
  waitlist_position: string | null;
  progress_percent: number;
  attendance_marked: number;
  attendance_percent: number;
  min_attendance_percent: number;
  starts_at: Date;
  ends_at: Date;
  delivery_mode: DeliveryMode;
  trainer_id: string | null;
  co_trainer_id: string | null;
  cohort_status: string;
  next_lesson_id: string | null;
  next_lesson_title: string | null;
  completed_at: Date | null;
  switch_from_id: string | null;
}

/**
 * Enrolments as the API shows them, with what the policy needs, in one query: the waitlist place
 * and the next lesson (first in course order not yet completed) are computed in SQL.
 */
export async function findEnrolmentViews(
  manager: EntityManager,
  reader: ViewReader,
  where: string,
  params: unknown[],
  tail = '',
  window?: { limit: number; offset: number },
): Promise<EnrolmentView[]> {
  // A page of a list: its ids first (`tail` orders them), so that the next lesson, the attendance and the waitlist
  // place are computed for the page's rows only, not for every enrolment the conditions match. The window is
  // given as parameters so that the text, and with it the prepared statement, is the same for every page.
  // The page's ids join only the tables its conditions and order name (every enrolment has its cohort, course
  // and officer, so a join left out drops no row): an officer's list, by `co.starts_at`, reads no course and no
  // user there.
  const values = window ? [...params, window.limit, window.offset] : params;
  const named = (alias: string) => new RegExp(`\\b${alias}\\.`).test(`${where} ${tail}`);
  const from = window
    ? `(SELECT e.id FROM enrolment e
          ${named('co') ? 'JOIN cohort co ON co.id = e.cohort_id' : ''}
          ${named('c') ? 'JOIN course c ON c.id = e.course_id' : ''}
          ${named('u') ? 'JOIN app_user u ON u.id = e.officer_id' : ''}
         WHERE ${where} ${tail} LIMIT $${params.length + 1} OFFSET $${params.length + 2}) page
       JOIN enrolment e ON e.id = page.id`
    : 'enrolment e';
  // Prepared: the statement takes longer to plan than to run (many joins and two laterals), and it is on every
  // officer's dashboard.
  const rows = await selectPrepared<Row>(
    manager,
    `SELECT e.id, e.cohort_id, e.course_id, c.title AS course_title, e.officer_id, u.display_name AS officer_name,
            u.email AS officer_email, u.police_unit_id AS officer_unit_id, e.status, e.progress_percent,
            att.marked AS attendance_marked, att.percent AS attendance_percent, c.min_attendance_percent,
            e.completed_at, e.switch_from_id, co.starts_at, co.ends_at, co.delivery_mode, co.trainer_id, co.co_trainer_id, co.status AS cohort_status,
            CASE WHEN e.status = 'waitlisted' THEN (
              SELECT count(*) FROM enrolment w WHERE w.cohort_id = e.cohort_id AND w.status = 'waitlisted' AND w.queue_number <= e.queue_number
            ) END AS waitlist_position,
            nl.id AS next_lesson_id, nl.title AS next_lesson_title, ${seatFactsSql()}
       FROM ${from}
       JOIN cohort co ON co.id = e.cohort_id
       JOIN course c ON c.id = e.course_id
       JOIN app_user u ON u.id = e.officer_id
       LEFT JOIN LATERAL (
         SELECT l.id, l.title FROM course_module m JOIN lesson l ON l.module_id = m.id
          WHERE m.course_id = e.course_id
            AND NOT EXISTS (SELECT 1 FROM lesson_completion lc WHERE lc.enrolment_id = e.id AND lc.lesson_id = l.id)
          ORDER BY m.position, l.position LIMIT 1
       ) nl ON true
       LEFT JOIN LATERAL (${ATTENDANCE_OF_ENROLMENT}) att ON true
      WHERE ${window ? 'true' : where} ${tail}`,
    values,
  );
  return rows.map((r) => {
    const shown = seatIdentity(r.officer_id, r.officer_name, r.officer_email, r, reader);
    return {
      id: r.id,
      cohortId: r.cohort_id,
      courseId: r.course_id,
      courseTitle: r.course_title,
      officerId: r.officer_id,
      shownOfficerId: shown.officerEmail === null ? null : r.officer_id,
      officerName: shown.officerName,
      officerPseudonym: shown.officerPseudonym,
      officerEmail: shown.officerEmail,
      officerUnitId: r.officer_unit_id,
      cohortTrainerId: r.trainer_id,
      cohortCoTrainerId: r.co_trainer_id,
      cohortStatus: r.cohort_status,
      status: r.status,
      waitlistPosition: r.waitlist_position === null ? null : Number(r.waitlist_position),
      progressPercent: r.progress_percent,
      attended: r.attendance_marked === 0 ? null : r.attendance_percent >= r.min_attendance_percent,
      attendancePercent: r.attendance_marked === 0 ? null : r.attendance_percent,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      deliveryMode: r.delivery_mode,
      nextLessonId: r.next_lesson_id,
      nextLessonTitle: r.next_lesson_title,
      completedAt: r.completed_at?.toISOString() ?? null,
      switchFromEnrolmentId: r.switch_from_id,
    };
  });
}

/** Strips the policy facts before a view leaves the API. */
export function toEnrolmentResponse(v: EnrolmentView): EnrolmentResponseDto {
  const {
    officerId: _o,
    shownOfficerId,
    officerUnitId: _u,
    cohortTrainerId: _t,
    cohortCoTrainerId: _ct,
    officerEmail: _e,
    cohortStatus: _s,
    ...dto
  } = v;
  return { ...dto, officerId: shownOfficerId };
}
