import { EntityManager } from 'typeorm';
import type { TrainingSessionStatus } from '@icspa/domain';
import { selectOne, selectRows, updateReturning } from '../../core/database/sql';
import type { Where } from '../../core/database/where';

export interface TrainingSessionRow {
  id: string;
  cohort_id: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  venue_name: string | null;
  venue_address: string | null;
  online_url: string | null;
  position: number;
  status: TrainingSessionStatus;
  sequence: number;
  updated_at: Date;
  course_id: string;
  course_title: string;
  course_code: string;
  trainer_id: string | null;
  co_trainer_id: string | null;
  cohort_status: string;
  delivery_mode: string;
  country_code: string | null;
}

/** Sessions with their cohort and course, for a `Where` on `training_session ts JOIN cohort co JOIN course c`. */
export const SESSION_SELECT = `
  SELECT ts.id, ts.cohort_id, ts.starts_at, ts.ends_at, ts.time_zone, ts.venue_name, ts.venue_address, ts.online_url,
         ts.position, ts.status, ts.sequence, ts.updated_at, co.course_id, c.title AS course_title, c.code AS course_code,
         co.trainer_id, co.co_trainer_id, co.status AS cohort_status, co.delivery_mode, co.country_code
    FROM training_session ts
    JOIN cohort co ON co.id = ts.cohort_id
    JOIN course c ON c.id = co.course_id`;

export function findSessions(
  manager: EntityManager,
  where: Where,
  tail = 'ORDER BY ts.starts_at, ts.id',
): Promise<TrainingSessionRow[]> {
  return selectRows<TrainingSessionRow>(manager, `${SESSION_SELECT} ${where} ${tail}`, where.params);
}

export function findSession(manager: EntityManager, where: Where): Promise<TrainingSessionRow | null> {
  return selectOne<TrainingSessionRow>(manager, `${SESSION_SELECT} ${where}`, where.params);
}

/** The cohort a session belongs to (no scope: the caller applies the cohort's). */
export async function cohortOfSession(manager: EntityManager, sessionId: string): Promise<string | null> {
  const row = await selectOne<{ cohort_id: string }>(manager, `SELECT cohort_id FROM training_session WHERE id = $1`, [
    sessionId,
  ]);
  return row?.cohort_id ?? null;
}

export interface NewTrainingSession {
  cohortId: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
}

/** Adds a session at the end of its cohort's order and answers its id. */
export async function insertTrainingSession(manager: EntityManager, s: NewTrainingSession): Promise<string> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO training_session (cohort_id, starts_at, ends_at, time_zone, venue_name, venue_address, online_url, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(position), 0) + 1 FROM training_session WHERE cohort_id = $1))
     RETURNING id`,
    [s.cohortId, s.startsAt, s.endsAt, s.timeZone, s.venueName, s.venueAddress, s.onlineUrl],
  );
  return row!.id;
}

/** Writes a session's new time and place; every change is a new iCalendar SEQUENCE. */
export async function updateTrainingSession(
  manager: EntityManager,
  id: string,
  s: Omit<NewTrainingSession, 'cohortId'>,
): Promise<void> {
  await manager.query(
    `UPDATE training_session SET starts_at = $2, ends_at = $3, time_zone = $4, venue_name = $5, venue_address = $6,
            online_url = $7, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
    [id, s.startsAt, s.endsAt, s.timeZone, s.venueName, s.venueAddress, s.onlineUrl],
  );
}

export async function cancelTrainingSession(manager: EntityManager, id: string): Promise<void> {
  await manager.query(
    `UPDATE training_session SET status = 'cancelled', sequence = sequence + 1, updated_at = now() WHERE id = $1`,
    [id],
  );
}

/** Cancels every scheduled session of a cancelled cohort (they will not take place). */
/** Cancels the cohort's scheduled sessions (each a new `sequence`) and answers which, for their notices. */
export function cancelSessionsOfCohort(
  manager: EntityManager,
  cohortId: string,
): Promise<Array<{ id: string; starts_at: Date; time_zone: string }>> {
  return updateReturning(
    manager,
    `UPDATE training_session SET status = 'cancelled', sequence = sequence + 1, updated_at = now()
      WHERE cohort_id = $1 AND status = 'scheduled' RETURNING id, starts_at, time_zone`,
    [cohortId],
  );
}

export function scheduledSessionsOfCohort(manager: EntityManager, cohortId: string): Promise<Array<{ id: string }>> {
  return selectRows(
    manager,
    `SELECT id FROM training_session WHERE cohort_id = $1 AND status = 'scheduled' ORDER BY starts_at, id`,
    [cohortId],
  );
}

/**
 * Sets the cohort's dates to the first start and last end of its scheduled sessions (the caller holds the
 * cohort's row lock) and answers whether they moved.
 */
export async function deriveCohortDates(manager: EntityManager, cohortId: string): Promise<boolean> {
  const rows = await selectRows<{ id: string }>(
    manager,
    `UPDATE cohort co SET starts_at = d.starts_at, ends_at = d.ends_at, updated_at = now()
       FROM (SELECT min(starts_at) AS starts_at, max(ends_at) AS ends_at FROM training_session
              WHERE cohort_id = $1 AND status = 'scheduled') d
      WHERE co.id = $1 AND d.starts_at IS NOT NULL AND (co.starts_at, co.ends_at) IS DISTINCT FROM (d.starts_at, d.ends_at)
      RETURNING co.id`,
    [cohortId],
  );
  return rows.length > 0;
}

/** Moves a session to new instants (a cohort with one session moved by its dates). */
export async function moveTrainingSession(
  manager: EntityManager,
  id: string,
  startsAt: Date,
  endsAt: Date,
): Promise<{ time_zone: string } | null> {
  const [moved] = await updateReturning<{ time_zone: string }>(
    manager,
    `UPDATE training_session SET starts_at = $2, ends_at = $3, sequence = sequence + 1, updated_at = now()
      WHERE id = $1 AND (starts_at, ends_at) IS DISTINCT FROM ($2, $3) RETURNING time_zone`,
    [id, startsAt, endsAt],
  );
  return moved ?? null;
}
