import { EntityManager } from 'typeorm';
import { affectedRows, selectOne, selectRows, updateReturning } from '../../core/database/sql';

/**
 * The trainer booking table: every commitment of a trainer's time takes its period here, and the
 * exclusion constraint `xc_trainer_booking__trainer_period` refuses two overlapping bookings of one
 * trainer. Kinds: `assignment` (a proposal: assignment_id), `cohort` (a cohort taught: cohort_id; an
 * accepted assignment's booking moves to the cohort it schedules), `co_delivery` (a co-delivered cohort's
 * co-trainer: cohort_id). Later kinds (sessions) add a source column and a kind.
 */
export const BOOKING_EXCLUSION = 'xc_trainer_booking__trainer_period';

/** The cohort statuses in which its trainer's (and co-trainer's) time is taken. */
export const BOOKED_COHORT_STATUSES = `('planned', 'open', 'running')`;

/** Books a proposal over its period; the exclusion constraint refuses it (23P01) when the trainer is busy. */
export async function insertAssignmentBooking(manager: EntityManager, assignmentId: string): Promise<void> {
  await manager.query(
    `INSERT INTO trainer_booking (trainer_id, kind, assignment_id, period)
     SELECT trainer_id, 'assignment', id, period FROM assignment WHERE id = $1`,
    [assignmentId],
  );
}

/** Releases the bookings of a request's assignments that are no longer proposals (declined, lapsed, cancelled). */
export function deleteClosedAssignmentBookings(manager: EntityManager, requestId: string): Promise<number> {
  return affectedRows(
    manager,
    `DELETE FROM trainer_booking b USING assignment a
      WHERE b.assignment_id = a.id AND a.training_request_id = $1 AND a.status <> 'proposed'`,
    [requestId],
  );
}

/**
 * An accepted proposal and the cohort it schedules are one commitment: the proposal's booking becomes
 * the cohort's (its period and trainer those of the cohort). Answers whether there was one to move.
 */
export async function moveAssignmentBookingToCohort(
  manager: EntityManager,
  assignmentId: string,
  cohortId: string,
): Promise<boolean> {
  const moved = await affectedRows(
    manager,
    `UPDATE trainer_booking b SET kind = 'cohort', assignment_id = NULL, cohort_id = co.id, trainer_id = co.trainer_id,
            period = tstzrange(co.starts_at, co.ends_at, '[)')
       FROM cohort co WHERE b.assignment_id = $1 AND co.id = $2 AND co.trainer_id IS NOT NULL`,
    [assignmentId, cohortId],
  );
  return moved > 0;
}

/**
 * Makes the cohort's booking what the cohort says: its trainer over its dates while it is planned, open
 * or running; none otherwise (no trainer, cancelled, completed). Raises 23P01 when the trainer is busy.
 */
export async function syncCohortBooking(manager: EntityManager, cohortId: string): Promise<void> {
  await manager.query(
    `DELETE FROM trainer_booking b USING cohort co
      WHERE b.kind = 'cohort' AND b.cohort_id = $1 AND co.id = b.cohort_id
        AND (co.trainer_id IS NULL OR co.status NOT IN ${BOOKED_COHORT_STATUSES})`,
    [cohortId],
  );
  await manager.query(
    `INSERT INTO trainer_booking (trainer_id, kind, cohort_id, period)
     SELECT co.trainer_id, 'cohort', co.id, tstzrange(co.starts_at, co.ends_at, '[)') FROM cohort co
      WHERE co.id = $1 AND co.trainer_id IS NOT NULL AND co.status IN ${BOOKED_COHORT_STATUSES}
     ON CONFLICT (cohort_id) WHERE kind = 'cohort'
     DO UPDATE SET trainer_id = EXCLUDED.trainer_id, period = EXCLUDED.period
       WHERE (trainer_booking.trainer_id, trainer_booking.period) IS DISTINCT FROM (EXCLUDED.trainer_id, EXCLUDED.period)`,
    [cohortId],
  );
}

/**
 * A co-delivered cohort's second booking: its co-trainer (the pair's local trainer) over its dates while it is
 * planned, open or running (`kind = 'co_delivery'`); none otherwise. Raises 23P01 when the co-trainer is busy.
 */
export async function syncCoDeliveryBooking(manager: EntityManager, cohortId: string): Promise<void> {
  await manager.query(
    `DELETE FROM trainer_booking b USING cohort co
      WHERE b.kind = 'co_delivery' AND b.cohort_id = $1 AND co.id = b.cohort_id
        AND (co.co_trainer_id IS NULL OR co.status NOT IN ${BOOKED_COHORT_STATUSES})`,
    [cohortId],
  );
  await manager.query(
    `INSERT INTO trainer_booking (trainer_id, kind, cohort_id, period)
     SELECT co.co_trainer_id, 'co_delivery', co.id, tstzrange(co.starts_at, co.ends_at, '[)') FROM cohort co
      WHERE co.id = $1 AND co.co_trainer_id IS NOT NULL AND co.status IN ${BOOKED_COHORT_STATUSES}
     ON CONFLICT (cohort_id) WHERE kind = 'co_delivery'
     DO UPDATE SET trainer_id = EXCLUDED.trainer_id, period = EXCLUDED.period
       WHERE (trainer_booking.trainer_id, trainer_booking.period) IS DISTINCT FROM (EXCLUDED.trainer_id, EXCLUDED.period)`,
    [cohortId],
  );
}

/**
 * A co-delivery pair accepted: the co-trainer's proposal booking becomes the cohort's `co_delivery` booking
 * (one commitment, never a second colliding row). Answers whether there was one to move.
 */
export async function moveAssignmentBookingToCoDelivery(
  manager: EntityManager,
  assignmentId: string,
  cohortId: string,
): Promise<boolean> {
  const moved = await affectedRows(
    manager,
    `UPDATE trainer_booking b SET kind = 'co_delivery', assignment_id = NULL, cohort_id = co.id, trainer_id = co.co_trainer_id,
            period = tstzrange(co.starts_at, co.ends_at, '[)')
       FROM cohort co WHERE b.assignment_id = $1 AND co.id = $2 AND co.co_trainer_id IS NOT NULL`,
    [assignmentId, cohortId],
  );
  return moved > 0;
}

/** The booking a cohort holds now (its trainer and period as text), if any. */
export function cohortBooking(
  manager: EntityManager,
  cohortId: string,
): Promise<{ trainer_id: string; period: string } | null> {
  return selectOne(
    manager,
    `SELECT trainer_id, period::text AS period FROM trainer_booking WHERE kind = 'cohort' AND cohort_id = $1`,
    [cohortId],
  );
}

/** A request released from a cancelled cohort: back to matching (`pending`) or `cancelled`. */
export interface ReleasedRequest {
  id: string;
  status: 'pending' | 'cancelled';
  round: number;
  requested_by_id: string | null;
  title: string;
  starts_at: Date;
}

/**
 * The request assigned to a cohort an admin cancelled: its accepted assignment (if any: the trainer-booking
 * migration may have cancelled it already) is cancelled, and the request goes back to the matcher in a new
 * round when its wished start is still ahead of `now`, or is cancelled when it is not (nothing can be
 * delivered any more) or when `cancelRequest` says so. Answers the request's new status and who raised it.
 */
export async function releaseRequestOfCancelledCohort(
  manager: EntityManager,
  requestId: string,
  cohortId: string,
  now: Date,
  cancelRequest = false,
): Promise<ReleasedRequest> {
  await manager.query(
    `UPDATE assignment SET status = 'cancelled', answered_at = now() WHERE training_request_id = $1 AND status = 'accepted'`,
    [requestId],
  );
  const [request] = await updateReturning<ReleasedRequest>(
    manager,
    `UPDATE training_request r
        SET status = CASE WHEN NOT $4 AND lower(r.period) > $3 THEN 'pending' ELSE 'cancelled' END::training_request_status,
            round = CASE WHEN NOT $4 AND lower(r.period) > $3 THEN r.round + 1 ELSE r.round END,
            cohort_id = NULL, assigned_at = NULL, updated_at = now()
       FROM cohort co, course c
      WHERE r.id = $1 AND r.cohort_id = $2 AND co.id = r.cohort_id AND c.id = r.course_id
     RETURNING r.id, r.status::text AS status, r.round, r.requested_by_id, c.title, co.starts_at`,
    [requestId, cohortId, now, cancelRequest],
  );
  return request;
}

/**
 * The training request that scheduled this cohort and its accepted assignment, if any (locked: request,
 * then assignment). `assignedRequestId` names the request when it is still assigned to the cohort, with or
 * without an accepted assignment (the trainer-booking migration cancelled some and left their requests
 * assigned): cancelling the cohort releases it.
 */
export async function lockCommitmentOfCohort(
  manager: EntityManager,
  cohortId: string,
): Promise<{
  assignedRequestId: string | null;
  acceptedAssignment: { id: string; trainer_id: string; training_request_id: string } | null;
}> {
  const request = await selectOne<{ id: string; status: string }>(
    manager,
    `SELECT id, status::text AS status FROM training_request WHERE cohort_id = $1 ORDER BY id LIMIT 1 FOR UPDATE`,
    [cohortId],
  );
  if (!request) return { assignedRequestId: null, acceptedAssignment: null };
  // A co-delivered request has two accepted assignments: both are locked (seat order), the lead (seat 1, the
  // cohort's trainer) is the one named.
  const accepted = await selectRows<{ id: string; trainer_id: string; training_request_id: string }>(
    manager,
    `SELECT id, trainer_id, training_request_id FROM assignment WHERE training_request_id = $1 AND status = 'accepted'
      ORDER BY seat, id FOR UPDATE`,
    [request.id],
  );
  const acceptedAssignment = accepted[0] ?? null;
  return {
    assignedRequestId: acceptedAssignment || request.status === 'assigned' ? request.id : null,
    acceptedAssignment,
  };
}

/**
 * An accepted assignment keeps the period of the cohort it scheduled (when an admin moves the dates), and so
 * does its co-delivery partner's (every accepted assignment of the same request).
 */
export async function alignAcceptedAssignmentPeriod(manager: EntityManager, assignmentId: string, cohortId: string) {
  await manager.query(
    `UPDATE assignment a SET period = tstzrange(co.starts_at, co.ends_at, '[)') FROM cohort co
      WHERE co.id = $2 AND a.status = 'accepted'
        AND a.training_request_id = (SELECT training_request_id FROM assignment WHERE id = $1)
        AND a.period <> tstzrange(co.starts_at, co.ends_at, '[)')`,
    [assignmentId, cohortId],
  );
}

/** The trainer a cohort names now (read without a lock, to lock trainers' profiles before the cohort). */
export async function cohortTrainerId(manager: EntityManager, cohortId: string): Promise<string | null> {
  const row = await selectOne<{ trainer_id: string | null }>(manager, `SELECT trainer_id FROM cohort WHERE id = $1`, [
    cohortId,
  ]);
  return row?.trainer_id ?? null;
}

/** The co-trainer a co-delivered cohort names now (read without a lock, like cohortTrainerId). */
export async function cohortCoTrainerId(manager: EntityManager, cohortId: string): Promise<string | null> {
  const row = await selectOne<{ co_trainer_id: string | null }>(
    manager,
    `SELECT co_trainer_id FROM cohort WHERE id = $1`,
    [cohortId],
  );
  return row?.co_trainer_id ?? null;
}

/**
 * For seeds, which write assignments and cohorts directly: books every live commitment that has no
 * booking yet, oldest first. A cohort that would overlap an older commitment of its trainer loses its
 * trainer (as the migration releases overlaps); a proposal that would is an error in the seed. Answers
 * how many cohorts lost their trainer.
 */
export async function bookSeededCommitments(manager: EntityManager): Promise<number> {
  await manager.query(
    `INSERT INTO trainer_booking (trainer_id, kind, assignment_id, cohort_id, period)
     SELECT trainer_id, kind, assignment_id, cohort_id, period FROM (
       SELECT a.trainer_id, 'assignment' AS kind, a.id AS assignment_id, NULL::uuid AS cohort_id, a.period, a.proposed_at AS since
         FROM assignment a WHERE a.status = 'proposed' AND NOT EXISTS (SELECT 1 FROM trainer_booking b WHERE b.assignment_id = a.id)
       UNION ALL
       SELECT co.trainer_id, 'cohort', NULL, co.id, tstzrange(co.starts_at, co.ends_at, '[)'), co.created_at
         FROM cohort co WHERE co.trainer_id IS NOT NULL AND co.status IN ${BOOKED_COHORT_STATUSES}
          AND NOT EXISTS (SELECT 1 FROM trainer_booking b WHERE b.cohort_id = co.id AND b.kind = 'cohort')
       ORDER BY since) c
     ON CONFLICT DO NOTHING`,
  );
  const unbookedProposals = await selectRows<{ id: string }>(
    manager,
    `SELECT a.id FROM assignment a WHERE a.status = 'proposed' AND NOT EXISTS (SELECT 1 FROM trainer_booking b WHERE b.assignment_id = a.id)`,
  );
  if (unbookedProposals.length > 0)
    throw new Error(`seed: ${unbookedProposals.length} proposals overlap another commitment of their trainer`);
  return affectedRows(
    manager,
    `UPDATE cohort co SET trainer_id = NULL, updated_at = now()
      WHERE co.trainer_id IS NOT NULL AND co.status IN ${BOOKED_COHORT_STATUSES}
        AND NOT EXISTS (SELECT 1 FROM trainer_booking b WHERE b.cohort_id = co.id AND b.kind = 'cohort')`,
    [],
  );
}
