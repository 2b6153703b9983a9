import { seatFactsSql, type SeatFactsRow } from './officer-seat';
import { EntityManager } from 'typeorm';
import type { AttendanceStatus } from '@icspa/domain';
import { selectOne, selectRows } from '../../core/database/sql';

/**
 * A lateral subquery over `e` (an enrolment): how many of its cohort's scheduled sessions are marked, and
 * its attendance as a whole percentage (`attendancePercent` in @icspa/domain, in SQL): present or late
 * count, excused sessions are left out, unmarked and absent count against it; nothing to count is 100.
 */
export const ATTENDANCE_OF_ENROLMENT = `
  SELECT count(a.status)::int AS marked,
         CASE WHEN count(*) FILTER (WHERE a.status IS DISTINCT FROM 'excused') = 0 THEN 100
              ELSE (100 * count(*) FILTER (WHERE a.status IN ('present', 'late'))
                    / count(*) FILTER (WHERE a.status IS DISTINCT FROM 'excused'))::int END AS percent
    FROM training_session ts
    LEFT JOIN attendance a ON a.training_session_id = ts.id AND a.enrolment_id = e.id
   WHERE ts.cohort_id = e.cohort_id AND ts.status = 'scheduled'`;

/** An enrolment's attendance and its course's rule. */
export function attendanceOfEnrolment(
  manager: EntityManager,
  enrolmentId: string,
): Promise<{ marked: number; percent: number; min_attendance_percent: number } | null> {
  return selectOne(
    manager,
    `SELECT att.marked, att.percent, c.min_attendance_percent
       FROM enrolment e JOIN course c ON c.id = e.course_id
       CROSS JOIN LATERAL (${ATTENDANCE_OF_ENROLMENT}) att
      WHERE e.id = $1`,
    [enrolmentId],
  );
}

/** Marks, for one enrolment, every scheduled session of its cohort not marked yet (the grade's shortcut). */
export async function fillUnmarkedAttendance(
  manager: EntityManager,
  enrolmentId: string,
  status: AttendanceStatus,
  markedById: string,
  at: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO attendance (enrolment_id, training_session_id, status, marked_by_id, marked_at)
     SELECT e.id, ts.id, $2::attendance_status, $3, $4 FROM enrolment e
       JOIN training_session ts ON ts.cohort_id = e.cohort_id AND ts.status = 'scheduled'
      WHERE e.id = $1
     ON CONFLICT (enrolment_id, training_session_id) DO NOTHING`,
    [enrolmentId, status, markedById, at],
  );
}

/** Writes the sheet's marks for one session (enrolments of its cohort only; others are ignored by the join). */
export async function upsertAttendance(
  manager: EntityManager,
  sessionId: string,
  marks: Array<{ enrolmentId: string; status: AttendanceStatus }>,
  markedById: string,
  at: Date,
): Promise<number> {
  if (marks.length === 0) return 0;
  const rows = await selectRows<{ enrolment_id: string }>(
    manager,
    `INSERT INTO attendance (enrolment_id, training_session_id, status, marked_by_id, marked_at)
     SELECT e.id, ts.id, m.status::attendance_status, $4, $5
       FROM unnest($2::uuid[], $3::text[]) AS m(enrolment_id, status)
       JOIN training_session ts ON ts.id = $1
       JOIN enrolment e ON e.id = m.enrolment_id AND e.cohort_id = ts.cohort_id AND e.status IN ('enrolled', 'completed', 'failed')
     ON CONFLICT (enrolment_id, training_session_id)
     DO UPDATE SET status = EXCLUDED.status, marked_by_id = EXCLUDED.marked_by_id, marked_at = EXCLUDED.marked_at
     RETURNING enrolment_id`,
    [sessionId, marks.map((m) => m.enrolmentId), marks.map((m) => m.status), markedById, at],
  );
  return rows.length;
}

export interface SheetRow extends SeatFactsRow {
  enrolment_id: string;
  officer_id: string;
  display_name: string;
  status: AttendanceStatus | null;
  enrolment_status: string;
}

/**
 * The officers a session's sign-in sheet lists (seat holders), with their mark for it and what the officer-name
 * function needs, in participant-number order (an order by name would tell a pseudonymous sheet's reader about it).
 */
export function sheetRows(manager: EntityManager, sessionId: string): Promise<SheetRow[]> {
  return selectRows<SheetRow>(
    manager,
    `SELECT e.id AS enrolment_id, e.officer_id, u.display_name, a.status, e.status AS enrolment_status, ${seatFactsSql()}
       FROM training_session ts
       JOIN enrolment e ON e.cohort_id = ts.cohort_id AND e.status IN ('enrolled', 'completed', 'failed')
       JOIN app_user u ON u.id = e.officer_id
       LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.training_session_id = ts.id
      WHERE ts.id = $1
      ORDER BY e.participant_number, e.id`,
    [sessionId],
  );
}
