import { EntityManager } from 'typeorm';
import type { AssignmentStatus, DeliveryMode, TrainerPool } from '@icspa/domain';
import { selectOne, selectPrepared, selectRows, updateReturning, countRows } from '../../core/database/sql';
import { Where } from '../../core/database/where';
import type { AssignmentResponseDto } from './dtos/training-request.dto';
import type { MatchRound } from './training-request.entity';
import { deleteClosedAssignmentBookings } from './trainer-bookings.queries';
import { inQuarterLoadSql } from './trainer-pool';
import type { AuthUser } from '../../core/auth/auth-user';
import { officerIdentity } from '../identity/officer-name';

type Reader = Pick<AuthUser, 'id' | 'role' | 'policeUnitId'>;

const ASSIGNMENT_SELECT = `
  SELECT a.id, a.training_request_id, a.trainer_id, t.display_name AS trainer_name, t.member_firm_id,
         t.police_unit_id AS trainer_unit_id, t.protected_at IS NOT NULL AS trainer_protected,
         CASE WHEN t.role = 'trainer' THEN 'expert' ELSE 'local' END AS trainer_pool, a.status, lower(a.period) AS starts_at,
         upper(a.period) AS ends_at, c.title AS course_title, u.name AS police_unit_name, u.country_code, r.delivery_mode, r.language,
         a.rank, a.proposed_at, a.expires_at, a.decline_reason
    FROM assignment a JOIN app_user t ON t.id = a.trainer_id JOIN training_request r ON r.id = a.training_request_id
    JOIN course c ON c.id = r.course_id JOIN police_unit u ON u.id = r.police_unit_id`;

interface AssignmentRow {
  id: string;
  training_request_id: string;
  trainer_id: string;
  trainer_name: string;
  member_firm_id: string | null;
  trainer_unit_id: string | null;
  trainer_protected: boolean;
  trainer_pool: TrainerPool;
  status: AssignmentStatus;
  starts_at: Date;
  ends_at: Date;
  course_title: string;
  police_unit_name: string;
  country_code: string;
  delivery_mode: DeliveryMode;
  language: string;
  rank: number;
  proposed_at: Date;
  expires_at: Date;
  decline_reason: string | null;
}

/**
 * A local trainer is an officer: named as a colleague (the `teaching` rule of the officer-name function: member-firm
 * staff deliver beside them), a pseudonym outside a protected one's unit. An expert has no unit: always named.
 */
function toAssignmentResponse(r: AssignmentRow, reader: Reader): AssignmentResponseDto {
  const trainer = officerIdentity(
    {
      id: r.trainer_id,
      displayName: r.trainer_name,
      policeUnitId: r.trainer_unit_id,
      protected: r.trainer_protected,
      teaching: true,
    },
    reader,
  );
  return {
    id: r.id,
    trainingRequestId: r.training_request_id,
    trainerId: r.trainer_id,
    trainerName: trainer.name,
    trainerPseudonym: trainer.pseudonym,
    memberFirmId: r.member_firm_id,
    trainerPool: r.trainer_pool,
    status: r.status,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    courseTitle: r.course_title,
    policeUnitName: r.police_unit_name,
    countryCode: r.country_code,
    deliveryMode: r.delivery_mode,
    language: r.language,
    rank: r.rank,
    proposedAt: r.proposed_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    declineReason: r.decline_reason,
  };
}

/** How many assignments match, `where` being conditions on `assignment a JOIN app_user t`. */
export async function countAssignments(manager: EntityManager, where: Where): Promise<number> {
  return countRows(manager, 'assignment a JOIN app_user t ON t.id = a.trainer_id', where);
}

/**
 * Assignments as the API shows them (also inside a training request's view), `where` being
 * conditions on `assignment a JOIN app_user t` (the request is `r`).
 */
export async function findAssignments(
  manager: EntityManager,
  reader: Reader,
  where: Where,
  tail = '',
): Promise<AssignmentResponseDto[]> {
  const rows = await selectRows<AssignmentRow>(manager, `${ASSIGNMENT_SELECT} ${where} ${tail}`, where.params);
  return rows.map((r) => toAssignmentResponse(r, reader));
}

/** The assignments of one training request, newest first. */
export function findAssignmentsOfRequest(
  manager: EntityManager,
  reader: Reader,
  requestId: string,
): Promise<AssignmentResponseDto[]> {
  return findAssignments(
    manager,
    reader,
    new Where().add('a.training_request_id = ?', requestId),
    'ORDER BY a.proposed_at DESC',
  );
}

/** The assignments of several training requests (a page of them) in one query, newest first. */
export function findAssignmentsOfRequests(
  manager: EntityManager,
  reader: Reader,
  requestIds: string[],
): Promise<AssignmentResponseDto[]> {
  return findAssignments(
    manager,
    reader,
    new Where().add('a.training_request_id = ANY(?)', requestIds),
    'ORDER BY a.proposed_at DESC',
  );
}

export interface LockedAssignment {
  id: string;
  trainer_id: string;
  status: AssignmentStatus;
  expires_at: Date;
  starts_at: Date;
  training_request_id: string;
  /** 1: the trainer (a pair's expert); 2: a co-delivery pair's local trainer. */
  seat: number;
  /** Co-delivery: the pair's other assignment. */
  co_delivery_partner_id: string | null;
}

/**
 * Locks the request, then the assignment: the same order as the matcher and the request's own
 * actions (cancel, reassign), so concurrent answers and cancellations never deadlock. Null when there
 * is no such assignment. The lock order of the module: training request, its assignment, the trainers'
 * profiles (lockTrainerProfiles, in id order), then any change to assignments and the cohort.
 */
export async function lockAssignment(manager: EntityManager, id: string): Promise<LockedAssignment | null> {
  const ref = await selectOne<{ training_request_id: string }>(
    manager,
    `SELECT training_request_id FROM assignment WHERE id = $1`,
    [id],
  );
  if (!ref) return null;
  await manager.query(`SELECT 1 FROM training_request WHERE id = $1 FOR UPDATE`, [ref.training_request_id]);
  return selectOne<LockedAssignment>(
    manager,
    `SELECT id, trainer_id, status, expires_at, lower(period) AS starts_at, training_request_id, seat, co_delivery_partner_id
       FROM assignment WHERE id = $1 FOR UPDATE`,
    [id],
  );
}

/**
 * A co-delivery pair's other assignment, locked (the caller holds the request's row, so this comes next in
 * the lock order), then its trainer's profile. Null when it has none.
 */
export async function lockPartnerAssignment(
  manager: EntityManager,
  assignment: LockedAssignment,
): Promise<LockedAssignment | null> {
  if (!assignment.co_delivery_partner_id) return null;
  const partner = await selectOne<LockedAssignment>(
    manager,
    `SELECT id, trainer_id, status, expires_at, lower(period) AS starts_at, training_request_id, seat, co_delivery_partner_id
       FROM assignment WHERE id = $1 FOR UPDATE`,
    [assignment.co_delivery_partner_id],
  );
  if (partner) await lockTrainerProfiles(manager, [partner.trainer_id]);
  return partner;
}

/**
 * Both or neither: when one assignment of a co-delivery pair ends (declined, lapsed, withdrawn), the other, if
 * still proposed or accepted, is cancelled and its booking released. Answers its id when it was cancelled.
 */
export async function cancelLivePartner(
  manager: EntityManager,
  partner: LockedAssignment | null,
): Promise<string | null> {
  if (!partner || !['proposed', 'accepted'].includes(partner.status)) return null;
  await closeAssignment(manager, partner.id, 'cancelled');
  return partner.id;
}

/** Links the two assignments of a co-delivery pair (the second already names the first). */
export async function linkCoDeliveryPartner(manager: EntityManager, assignmentId: string, partnerId: string) {
  await manager.query(`UPDATE assignment SET co_delivery_partner_id = $2 WHERE id = $1`, [assignmentId, partnerId]);
}

/**
 * Closes an assignment with an answer (or its absence): accepted, cancelled, expired. Anything but an
 * acceptance releases the proposal's booking (an acceptance moves it to the cohort: see AcceptAssignmentUseCase).
 */
export async function closeAssignment(
  manager: EntityManager,
  id: string,
  status: Extract<AssignmentStatus, 'accepted' | 'cancelled' | 'expired'>,
) {
  await manager.query(`UPDATE assignment SET status = $2, answered_at = now() WHERE id = $1`, [id, status]);
  if (status !== 'accepted') await manager.query(`DELETE FROM trainer_booking WHERE assignment_id = $1`, [id]);
}

/** A declined proposal releases its booking. */
export async function declineAssignment(manager: EntityManager, id: string, reason: string) {
  await manager.query(
    `UPDATE assignment SET status = 'declined', answered_at = now(), decline_reason = $2 WHERE id = $1`,
    [id, reason],
  );
  await manager.query(`DELETE FROM trainer_booking WHERE assignment_id = $1`, [id]);
}

/**
 * When a request is cancelled: its live proposal or assignment is cancelled too (an accepted one
 * keeps the time it was answered). Answers the trainers concerned.
 */
export async function cancelLiveAssignmentsOfRequest(manager: EntityManager, requestId: string): Promise<string[]> {
  const rows = await updateReturning<{ trainer_id: string }>(
    manager,
    `UPDATE assignment SET status = 'cancelled', answered_at = coalesce(answered_at, now()) WHERE training_request_id = $1 AND status IN ('proposed', 'accepted') RETURNING trainer_id`,
    [requestId],
  );
  await deleteClosedAssignmentBookings(manager, requestId);
  return rows.map((r) => r.trainer_id);
}

/** When an admin reassigns a request: its live proposal or assignment is cancelled as of now. */
export async function supersedeLiveAssignmentsOfRequest(manager: EntityManager, requestId: string) {
  await manager.query(
    `UPDATE assignment SET status = 'cancelled', answered_at = now() WHERE training_request_id = $1 AND status IN ('proposed', 'accepted')`,
    [requestId],
  );
  await deleteClosedAssignmentBookings(manager, requestId);
}

/**
 * Locks the trainer's profile row and answers their quarterly load limit; null without a profile. Every
 * booking of a trainer is made under this lock (see ProposeTrainerUseCase), and the load is counted by the
 * next statement (insertProposal), after the lock is granted: under READ COMMITTED it then sees every
 * assignment committed by whoever held the lock before (a count in the locking statement would use the
 * snapshot taken before waiting, and let ten concurrent matches through).
 */
export async function lockTrainerLoad(manager: EntityManager, trainerId: string): Promise<{ limit: number } | null> {
  // A named prepared statement: every proposal runs it.
  const [row] = await selectPrepared<{ limit: number }>(
    manager,
    `SELECT load_limit_per_quarter AS limit FROM trainer_profile WHERE user_id = $1 FOR UPDATE`,
    [trainerId],
  );
  return row ?? null;
}

/**
 * Locks trainers' profile rows in id order. A flow that changes the bookings of several trainers (an
 * admin's reassignment cancels one trainer's and books another's) takes them all first, so it queues
 * behind, rather than deadlocks with, a trainer accepting or being proposed over the same days.
 */
export async function lockTrainerProfiles(manager: EntityManager, trainerIds: string[]): Promise<void> {
  await manager.query(
    `SELECT user_id FROM trainer_profile WHERE user_id = ANY($1::uuid[]) ORDER BY user_id FOR UPDATE`,
    [trainerIds],
  );
}

/** The trainers of a request's live proposal or assignment (those a cancellation or reassignment unbooks). */
export async function liveTrainerIdsOfRequest(manager: EntityManager, requestId: string): Promise<string[]> {
  const rows = await selectRows<{ trainer_id: string }>(
    manager,
    `SELECT trainer_id FROM assignment WHERE training_request_id = $1 AND status IN ('proposed', 'accepted')`,
    [requestId],
  );
  return rows.map((r) => r.trainer_id);
}

/** The ids of the request's live proposal or assignment (before they are cancelled). */
export async function liveAssignmentIdsOfRequest(manager: EntityManager, requestId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    manager,
    `SELECT id FROM assignment WHERE training_request_id = $1 AND status IN ('proposed', 'accepted')`,
    [requestId],
  );
  return rows.map((r) => r.id);
}

/**
 * Inserts a proposal and its booking in one statement; the booking table's exclusion constraint refuses it
 * (23P01) when the trainer is booked over the period (another proposal, a cohort they teach). With
 * `loadLimit`, nothing is written (null) when the trainer's proposed, accepted and completed assignments
 * starting in the period's quarter already reach it: the caller holds the trainer's profile lock
 * (lockTrainerLoad), and this statement, run after it, counts what the lock's previous holder committed.
 * With `settle`, the same statement also marks the request proposed (appending the matcher's round, if any),
 * as setRequestStatus would next, only when the proposal was written: one round trip fewer per proposal. The
 * caller holds the request's row lock. A named prepared statement (every proposal runs it).
 */
export async function insertProposal(
  manager: EntityManager,
  p: {
    requestId: string;
    trainerId: string;
    period: string;
    rank: number;
    round: number;
    proposedAt: Date;
    expiresAt: Date;
    /** Co-delivery: seat 2 (the local trainer) names its partner, seat 1 (the expert). */
    seat?: number;
    partnerId?: string | null;
    loadLimit?: number;
    /** Also marks the request proposed, with the matcher's round when there is one. */
    settle?: { matchRound?: MatchRound };
  },
): Promise<string | null> {
  const [row] = await selectPrepared<{ id: string }>(
    manager,
    `WITH proposal AS (
       INSERT INTO assignment (training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at, seat, co_delivery_partner_id)
       SELECT $1, $2, $3, 'proposed', $4, $5, $6, $7, $8, $9
        WHERE $10::int IS NULL
           OR (SELECT count(*) FROM assignment a WHERE a.trainer_id = $2 AND ${inQuarterLoadSql('$3::tstzrange')}) < $10::int
       RETURNING id, trainer_id, period),
     booking AS (
       INSERT INTO trainer_booking (trainer_id, kind, assignment_id, period) SELECT trainer_id, 'assignment', id, period FROM proposal),
     settled AS (
       UPDATE training_request SET status = 'proposed', match_rounds = match_rounds || coalesce($12::jsonb, '[]'), updated_at = now()
        WHERE id = $1 AND $11::boolean AND EXISTS (SELECT 1 FROM proposal))
     SELECT id FROM proposal`,
    [
      p.requestId,
      p.trainerId,
      p.period,
      p.rank,
      p.round,
      p.proposedAt,
      p.expiresAt,
      p.seat ?? 1,
      p.partnerId ?? null,
      p.loadLimit ?? null,
      p.settle !== undefined,
      p.settle?.matchRound ? JSON.stringify([p.settle.matchRound]) : null,
    ],
  );
  return row?.id ?? null;
}

/** Admins whose account is active (those told when something needs a person). */
export async function findActiveAdminIds(manager: EntityManager): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    manager,
    `SELECT id FROM app_user WHERE role = 'admin' AND disabled_at IS NULL`,
  );
  return rows.map((r) => r.id);
}

/** Proposals past their time to answer, for the reconciler. */
export function findOverdueProposals(manager: EntityManager, now: Date): Promise<{ id: string }[]> {
  return selectRows(manager, `SELECT id FROM assignment WHERE status = 'proposed' AND expires_at < $1 LIMIT 1000`, [
    now,
  ]);
}
