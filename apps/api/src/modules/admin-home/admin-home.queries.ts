import { EntityManager } from 'typeorm';
import { selectOne, selectRows } from '../../core/database/sql';

/*
 * Read-only counts over other modules' tables (requests, assignments, cohorts, certifications) for the admin's
 * "needs attention today". Nothing here writes.
 */

export interface AttentionCountsRow {
  unfilled_requests: number;
  proposals_lapsing: number;
  cohorts_without_trainer: number;
  cohorts_under_half_full: number;
  certifications_expiring: number;
}

/** Cohorts that start inside the window and can still be taught (planned or open). */
const STARTING = `co.status IN ('planned', 'open') AND co.starts_at >= $1 AND co.starts_at < $2`;
const WITHOUT_TRAINER = `co.trainer_id IS NULL`;
const UNDER_HALF = `co.seats_taken * 2 < co.capacity`;

export async function selectAttentionCounts(
  manager: EntityManager,
  at: { now: Date; cohortsBefore: Date; proposalsBefore: Date; certificationsBefore: Date },
): Promise<AttentionCountsRow> {
  return (await selectOne<AttentionCountsRow>(
    manager,
    `SELECT
       (SELECT count(*)::int FROM training_request r WHERE r.status = 'unfilled') AS unfilled_requests,
       (SELECT count(*)::int FROM assignment a WHERE a.status = 'proposed' AND a.expires_at > $1 AND a.expires_at <= $3) AS proposals_lapsing,
       (SELECT count(*)::int FROM cohort co WHERE ${STARTING} AND ${WITHOUT_TRAINER}) AS cohorts_without_trainer,
       (SELECT count(*)::int FROM cohort co WHERE ${STARTING} AND ${UNDER_HALF}) AS cohorts_under_half_full,
       (SELECT count(*)::int FROM certification c WHERE c.status = 'active' AND c.expires_at > $1 AND c.expires_at <= $4
          AND NOT EXISTS (SELECT 1 FROM certification n WHERE n.previous_id = c.id AND n.status = 'active')) AS certifications_expiring`,
    [at.now, at.cohortsBefore, at.proposalsBefore, at.certificationsBefore],
  ))!;
}

export interface AttentionCohortRow {
  id: string;
  course_title: string;
  starts_at: Date;
  capacity: number;
  seats_taken: number;
  has_trainer: boolean;
}

/** The cohorts the two cohort counts are about (at most `limit`), soonest first. */
export async function selectAttentionCohorts(
  manager: EntityManager,
  now: Date,
  before: Date,
  limit: number,
): Promise<AttentionCohortRow[]> {
  return selectRows<AttentionCohortRow>(
    manager,
    `SELECT co.id, c.title AS course_title, co.starts_at, co.capacity, co.seats_taken, co.trainer_id IS NOT NULL AS has_trainer
       FROM cohort co JOIN course c ON c.id = co.course_id
      WHERE ${STARTING} AND (${WITHOUT_TRAINER} OR ${UNDER_HALF})
      ORDER BY co.starts_at, co.id
      LIMIT $3`,
    [now, before, limit],
  );
}
