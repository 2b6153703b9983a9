import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CohortStatus } from '@icspa/domain';
import { affectedRows, selectOne, selectRows, updateReturning } from '../../core/database/sql';
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
  /** The local trainer of a co-delivered cohort. */
  co_trainer_id: string | null;
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
    `SELECT co.id, co.course_id, c.title AS course_title, co.status, co.capacity, co.seats_taken, co.requires_approval, co.starts_at, co.trainer_id, co.co_trainer_id, co.police_unit_id
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

/**
 * Locks every run of the cohort's course, in id order, and answers them by id. A flow that gives a seat
 * back takes these locks (after any officers' rows) before touching seats: a promotion may complete a
 * pending "switch to this run", which releases the officer's seat in another run of the course and
 * promotes that run's waitlist in turn, so every run it may reach is locked up front, in one order.
 */
export async function lockCourseRuns(
  manager: EntityManager,
  cohortId: string,
  field = 'cohortId',
): Promise<Map<string, LockedCohort>> {
  const runs = await selectRows<LockedCohort>(
    manager,
    `SELECT co.id, co.course_id, c.title AS course_title, co.status, co.capacity, co.seats_taken, co.requires_approval, co.starts_at, co.trainer_id, co.co_trainer_id, co.police_unit_id
       FROM cohort co JOIN course c ON c.id = co.course_id
      WHERE co.course_id = (SELECT course_id FROM cohort WHERE id = $1)
      ORDER BY co.id FOR UPDATE OF co`,
    [cohortId],
  );
  if (!runs.some((r) => r.id === cohortId))
    throw new NotFoundException(coded('cohort.not_found', field, 'no such cohort'));
  return new Map(runs.map((r) => [r.id, r]));
}

/**
 * Gives back a seat, then fills free seats from the head of the waitlist (FIFO), notifying each. The
 * caller holds the locks of every run of the course (`lockCourseRuns`).
 */
export async function releaseSeatAndPromote(
  manager: EntityManager,
  cohort: LockedCohort,
  notifications: NotificationsService,
  now: Date,
): Promise<string[]> {
  await affectedRows(manager, `UPDATE cohort SET seats_taken = seats_taken - 1 WHERE id = $1`, [cohort.id]);
  return promoteFromWaitlist(manager, cohort, notifications, now);
}

/**
 * Fills the cohort's free seats from the head of its waitlist, in arrival order. A pending switch at the
 * head is completed in the same transaction: the officer's old enrolment is withdrawn first (so they never
 * hold two seats in the course), then they take the seat here, then their old run's seat goes to the head
 * of that run's waitlist. Pending switches into a run that has started are passed over (the officer keeps
 * the seat they hold). The caller holds the locks of every run of the course (`lockCourseRuns`).
 */
export async function promoteFromWaitlist(
  manager: EntityManager,
  cohort: LockedCohort,
  notifications: NotificationsService,
  now: Date,
): Promise<string[]> {
  if (cohort.status === 'completed' || cohort.status === 'cancelled') return [];
  const head = await selectRows<{ id: string; officer_id: string; switch_from_id: string | null }>(
    manager,
    `SELECT e.id, e.officer_id, e.switch_from_id FROM enrolment e JOIN cohort co ON co.id = e.cohort_id
      WHERE e.cohort_id = $1 AND e.status = 'waitlisted' AND (e.switch_from_id IS NULL OR co.starts_at > $2)
      ORDER BY e.queue_number LIMIT (SELECT greatest(capacity - seats_taken, 0) FROM cohort WHERE id = $1)`,
    [cohort.id, now],
  );
  if (head.length === 0) return [];
  const switchFrom = head.flatMap((h) => (h.switch_from_id ? [h.switch_from_id] : []));
  const released =
    switchFrom.length === 0
      ? []
      : await updateReturning<{ cohort_id: string }>(
          manager,
          `UPDATE enrolment SET status = 'withdrawn', updated_at = now() WHERE id = ANY($1) AND status = 'enrolled' RETURNING cohort_id`,
          [switchFrom],
        );
  await affectedRows(
    manager,
    `UPDATE enrolment SET status = 'enrolled', switch_from_id = NULL, updated_at = now() WHERE id = ANY($1)`,
    [head.map((h) => h.id)],
  );
  await affectedRows(manager, `UPDATE cohort SET seats_taken = seats_taken + $2 WHERE id = $1`, [
    cohort.id,
    head.length,
  ]);
  // One each: the notification names the officer's own enrolment, which it links to and which, opened, marks it read.
  for (const p of head)
    await notifications.notify(manager, [p.officer_id], 'enrolment.promoted', {
      courseTitle: cohort.course_title,
      cohortId: cohort.id,
      enrolmentId: p.id,
      startsAt: cohort.starts_at.toISOString(),
    });
  for (const oldCohortId of [...new Set(released.map((r) => r.cohort_id))].sort()) {
    const seats = released.filter((r) => r.cohort_id === oldCohortId).length;
    await affectedRows(manager, `UPDATE cohort SET seats_taken = seats_taken - $2 WHERE id = $1`, [oldCohortId, seats]);
    // Already locked by the caller (every run of the course): this re-reads it.
    await promoteFromWaitlist(manager, await lockCohort(manager, oldCohortId), notifications, now);
  }
  return head.map((p) => p.id);
}

/**
 * When an officer's seat goes (withdrawn, or the run cancelled) while they wait to switch into another
 * run, the wait becomes a plain waitlist place there. Answers the runs whose waitlists changed.
 */
export async function keepPendingSwitchesAsWaitlist(
  manager: EntityManager,
  oldEnrolmentIds: string[],
): Promise<string[]> {
  if (oldEnrolmentIds.length === 0) return [];
  const rows = await updateReturning<{ cohort_id: string }>(
    manager,
    `UPDATE enrolment SET switch_from_id = NULL, updated_at = now()
      WHERE switch_from_id = ANY($1) AND status = 'waitlisted' RETURNING cohort_id`,
    [oldEnrolmentIds],
  );
  return [...new Set(rows.map((r) => r.cohort_id))];
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
 * freed. Officers who were waiting to switch out of it keep a plain place in the other run's queue, and
 * that run's waitlist is promoted (it may have a seat the pending switch was passed over for). Used by
 * admins' status changes and when the training request behind the cohort goes away. The caller holds the
 * locks of every run of the course (`lockCourseRuns`), and passes them.
 */
export async function cancelCohort(
  manager: EntityManager,
  runs: Map<string, LockedCohort>,
  cohortId: string,
  notifications: NotificationsService,
  now: Date,
): Promise<void> {
  const cohort = runs.get(cohortId)!;
  if (cohort.status === 'completed' || cohort.status === 'cancelled') return;
  await affectedRows(
    manager,
    `UPDATE cohort SET status = 'cancelled', seats_taken = 0, updated_at = now() WHERE id = $1`,
    [cohort.id],
  );
  const affected = await updateReturning<{ id: string; officer_id: string }>(
    manager,
    `UPDATE enrolment SET status = 'withdrawn', updated_at = now() WHERE cohort_id = $1 AND status IN ('pending_approval', 'enrolled', 'waitlisted') RETURNING id, officer_id`,
    [cohort.id],
  );
  // Its trainer and, when co-delivered, its co-trainer are told too.
  const teachers = [cohort.trainer_id, cohort.co_trainer_id].filter((id): id is string => id !== null);
  const recipients = [...affected.map((a) => a.officer_id), ...teachers];
  await notifications.notify(manager, recipients, 'cohort.cancelled', {
    courseTitle: cohort.course_title,
    cohortId: cohort.id,
    startsAt: cohort.starts_at.toISOString(),
  });
  // Officers who were waiting to switch out of this run keep their place in the other run's queue, which
  // is promoted now: a seat there may have been passed over for the pending switch.
  const waitingIn = await keepPendingSwitchesAsWaitlist(
    manager,
    affected.map((a) => a.id),
  );
  for (const runId of waitingIn.sort()) await promoteFromWaitlist(manager, runs.get(runId)!, notifications, now);
}
