import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CohortStatus } from '@icspa/domain';
import { affectedRows, selectOne, updateReturning } from '../../core/database/sql';
import type { NotificationsService } from '../notifications/notifications.service';
import { coded } from '../../core/errors/coded';

export interface LockedCohort {
  id: string;
  course_id: string;
  course_title: string;
  status: CohortStatus;
  capacity: number;
  seats_taken: number;
  requires_approval: boolean;
  starts_at: Date;
  trainer_id: string | null;
  /** Set when the cohort was scheduled for one police unit: only its officers may join. */
  police_unit_id: string | null;
}

/**
 * Locks the cohort row for the rest of the transaction. Every change to a cohort's seats or
 * waitlist takes this lock first, so they happen one at a time, in arrival order.
 */
export async function lockCohort(manager: EntityManager, cohortId: string, field = 'cohortId'): Promise<LockedCohort> {
  const cohort = await selectOne<LockedCohort>(
    manager,
    `SELECT co.id, co.course_id, c.title AS course_title, co.status, co.capacity, co.seats_taken, co.requires_approval, co.starts_at, co.trainer_id, co.police_unit_id
       FROM cohort co JOIN course c ON c.id = co.course_id WHERE co.id = $1 FOR UPDATE OF co`,
    [cohortId],
  );
  if (!cohort) throw new NotFoundException(coded('cohort.not_found', field, 'no such cohort'));
  return cohort;
}

/** Takes a seat if one is free; the check constraint on seats_taken backs this up. */
export async function takeSeat(manager: EntityManager, cohortId: string): Promise<boolean> {
  return (
    (await affectedRows(
      manager,
      `UPDATE cohort SET seats_taken = seats_taken + 1 WHERE id = $1 AND seats_taken < capacity`,
      [cohortId],
    )) === 1
  );
}

/** Gives back a seat, then fills free seats from the head of the waitlist (FIFO), notifying each. */
export async function releaseSeatAndPromote(
  manager: EntityManager,
  cohort: LockedCohort,
  notifications: NotificationsService,
): Promise<string[]> {
  await affectedRows(manager, `UPDATE cohort SET seats_taken = seats_taken - 1 WHERE id = $1`, [cohort.id]);
  return promoteFromWaitlist(manager, cohort, notifications);
}

export async function promoteFromWaitlist(
  manager: EntityManager,
  cohort: LockedCohort,
  notifications: NotificationsService,
): Promise<string[]> {
  if (cohort.status === 'completed' || cohort.status === 'cancelled') return [];
  const promoted = await updateReturning<{ id: string; officer_id: string }>(
    manager,
    `WITH free AS (SELECT capacity - seats_taken AS n FROM cohort WHERE id = $1),
          head AS (SELECT id FROM enrolment WHERE cohort_id = $1 AND status = 'waitlisted' ORDER BY queue_number LIMIT (SELECT n FROM free))
     UPDATE enrolment e SET status = 'enrolled', updated_at = now() FROM head WHERE e.id = head.id RETURNING e.id, e.officer_id`,
    [cohort.id],
  );
  if (promoted.length > 0) {
    await affectedRows(manager, `UPDATE cohort SET seats_taken = seats_taken + $2 WHERE id = $1`, [
      cohort.id,
      promoted.length,
    ]);
    await notifications.notify(
      manager,
      promoted.map((p) => p.officer_id),
      'enrolment.promoted',
      {
        courseTitle: cohort.course_title,
        cohortId: cohort.id,
        startsAt: cohort.starts_at.toISOString(),
      },
    );
  }
  return promoted.map((p) => p.id);
}

export function assertOpen(cohort: LockedCohort): void {
  if (cohort.status !== 'open')
    throw new ConflictException(
      coded('cohort.not_open', 'cohortId', `the cohort is ${cohort.status}, not open for enrolment`, {
        status: cohort.status,
      }),
    );
}

/**
 * Cancels a cohort: everyone enrolled, waiting or pending is withdrawn and told, and the seats are
 * freed. Used by admins' status changes and when the training request behind the cohort goes away.
 */
export async function cancelCohort(
  manager: EntityManager,
  cohort: LockedCohort,
  notifications: NotificationsService,
): Promise<void> {
  if (cohort.status === 'completed' || cohort.status === 'cancelled') return;
  await affectedRows(
    manager,
    `UPDATE cohort SET status = 'cancelled', seats_taken = 0, updated_at = now() WHERE id = $1`,
    [cohort.id],
  );
  const affected = await updateReturning<{ officer_id: string }>(
    manager,
    `UPDATE enrolment SET status = 'withdrawn', updated_at = now() WHERE cohort_id = $1 AND status IN ('pending_approval', 'enrolled', 'waitlisted') RETURNING officer_id`,
    [cohort.id],
  );
  const recipients = [...affected.map((a) => a.officer_id), ...(cohort.trainer_id ? [cohort.trainer_id] : [])];
  await notifications.notify(manager, recipients, 'cohort.cancelled', {
    courseTitle: cohort.course_title,
    cohortId: cohort.id,
    startsAt: cohort.starts_at.toISOString(),
  });
}
