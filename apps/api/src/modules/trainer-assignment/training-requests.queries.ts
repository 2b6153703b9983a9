import { EntityManager } from 'typeorm';
import type {
  DeliveryMode,
  DeliveryPolicy,
  RequestReopenReason,
  TrainerExclusion,
  TrainerPool,
  TrainingRequestStatus,
} from '@icspa/domain';
import { exists, selectOne, selectPrepared, selectRows, countRows, updateReturning } from '../../core/database/sql';
import type { Where } from '../../core/database/where';
import type { TrainingRequestResponseDto } from './dtos/training-request.dto';
import type { MatchRound } from './training-request.entity';
import {
  deliveryPolicySql,
  hardRulesSql,
  inQuarterLoadSql,
  liveLocalQualificationSql,
  POOL_SQL,
  poolRuleSql,
} from './trainer-pool';

const REQUEST_SELECT = `
  SELECT r.*, lower(r.period) AS starts_at, upper(r.period) AS ends_at, u.name AS police_unit_name, u.country_code, c.title AS course_title,
         ${deliveryPolicySql('c')} AS delivery_policy
    FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id JOIN course c ON c.id = r.course_id`;

interface RequestRow {
  id: string;
  police_unit_id: string;
  police_unit_name: string;
  country_code: string;
  course_id: string;
  course_title: string;
  language: string;
  starts_at: Date;
  ends_at: Date;
  delivery_mode: DeliveryMode;
  seats: number;
  delivery_policy: DeliveryPolicy;
  status: TrainingRequestStatus;
  round: number;
  cohort_id: string | null;
  created_at: Date;
  match_rounds: MatchRound[];
  reopened_at: Date | null;
  reopen_reason: RequestReopenReason | null;
}

/** A request as stored, before the policy decides which assignments and rankings the caller sees. */
export type TrainingRequestView = Omit<TrainingRequestResponseDto, 'assignments' | 'matchRounds' | 'watched'> & {
  matchRounds: MatchRound[];
};

function toView(r: RequestRow): TrainingRequestView {
  return {
    id: r.id,
    policeUnitId: r.police_unit_id,
    policeUnitName: r.police_unit_name,
    countryCode: r.country_code,
    courseId: r.course_id,
    courseTitle: r.course_title,
    language: r.language,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    deliveryMode: r.delivery_mode,
    seats: r.seats,
    deliveryPolicy: r.delivery_policy,
    status: r.status,
    round: r.round,
    cohortId: r.cohort_id,
    createdAt: r.created_at.toISOString(),
    reopenedAt: r.reopened_at ? r.reopened_at.toISOString() : null,
    reopenReason: r.reopen_reason,
    matchRounds: r.match_rounds,
  };
}

/** How many requests match, `where` being conditions on `training_request r`. */
export async function countTrainingRequests(manager: EntityManager, where: Where): Promise<number> {
  return countRows(manager, 'training_request r', where);
}

/** Requests with unit and course names, `where` being conditions on `training_request r`. */
export async function findTrainingRequests(
  manager: EntityManager,
  where: Where,
  tail = '',
): Promise<TrainingRequestView[]> {
  const rows = await selectRows<RequestRow>(manager, `${REQUEST_SELECT} ${where} ${tail}`, where.params);
  return rows.map(toView);
}

export function findCourseForRequest(
  manager: EntityManager,
  courseId: string,
): Promise<{ languages: string[]; status: string } | null> {
  return selectOne(manager, `SELECT languages, status FROM course WHERE id = $1`, [courseId]);
}

export function policeUnitExists(manager: EntityManager, policeUnitId: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM police_unit WHERE id = $1`, [policeUnitId]);
}

export async function insertTrainingRequest(
  manager: EntityManager,
  r: {
    policeUnitId: string;
    courseId: string;
    language: string;
    startsAt: Date;
    endsAt: Date;
    deliveryMode: DeliveryMode;
    seats: number;
    requestedById: string;
    /** When it was raised, by the application's clock (lists show the newest first). */
    createdAt: Date;
  },
): Promise<{ id: string; round: number }> {
  const row = await selectOne<{ id: string; round: number }>(
    manager,
    `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats, requested_by_id, created_at)
     VALUES ($1, $2, $3, tstzrange($4, $5, '[)'), $6, $7, $8, $9) RETURNING id, round`,
    [
      r.policeUnitId,
      r.courseId,
      r.language,
      r.startsAt,
      r.endsAt,
      r.deliveryMode,
      r.seats,
      r.requestedById,
      r.createdAt,
    ],
  );
  return row!;
}

/** Locks a request the caller may cancel (`where` being their scope on `training_request r`). */
export function lockRequestToCancel(
  manager: EntityManager,
  where: Where,
): Promise<{ police_unit_id: string; status: TrainingRequestStatus; cohort_id: string | null } | null> {
  return selectOne(
    manager,
    `SELECT r.police_unit_id, r.status, r.cohort_id FROM training_request r ${where} FOR UPDATE`,
    where.params,
  );
}

/** Locks a request with what a reassignment needs. */
export function lockRequestToReassign(
  manager: EntityManager,
  id: string,
): Promise<{
  status: TrainingRequestStatus;
  period: string;
  round: number;
  cohort_id: string | null;
  title: string;
  delivery_policy: DeliveryPolicy;
  country_code: string;
  course_id: string;
} | null> {
  return selectOne(
    manager,
    `SELECT r.status, r.period, r.round, r.cohort_id, c.title, r.course_id, ${deliveryPolicySql('c')} AS delivery_policy, u.country_code
       FROM training_request r JOIN course c ON c.id = r.course_id JOIN police_unit u ON u.id = r.police_unit_id
      WHERE r.id = $1 FOR UPDATE OF r`,
    [id],
  );
}

export interface RequestToAccept {
  id: string;
  course_id: string;
  language: string;
  delivery_mode: DeliveryMode;
  seats: number;
  starts_at: Date;
  ends_at: Date;
  police_unit_id: string;
  requested_by_id: string | null;
  country_code: string;
  city: string | null;
  title: string;
}

/** Locks a request with what scheduling its cohort needs. */
export async function lockRequestToAccept(manager: EntityManager, id: string): Promise<RequestToAccept> {
  const row = await selectOne<RequestToAccept>(
    manager,
    `SELECT r.id, r.course_id, r.language, r.delivery_mode, r.seats, lower(r.period) AS starts_at, upper(r.period) AS ends_at,
            r.police_unit_id, r.requested_by_id, u.country_code, u.city, c.title
       FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id JOIN course c ON c.id = r.course_id WHERE r.id = $1 FOR UPDATE OF r`,
    [id],
  );
  return row!;
}

export async function findRequestCohortId(manager: EntityManager, id: string): Promise<string | null> {
  const row = await selectOne<{ cohort_id: string | null }>(
    manager,
    `SELECT cohort_id FROM training_request WHERE id = $1`,
    [id],
  );
  return row!.cohort_id;
}

/** The pool of an active trainer (an expert, or a local trainer), or null when there is no such trainer. */
export async function activeTrainerPool(manager: EntityManager, trainerId: string): Promise<TrainerPool | null> {
  const row = await selectOne<{ pool: TrainerPool }>(
    manager,
    `SELECT ${POOL_SQL} AS pool FROM trainer_profile p JOIN app_user t ON t.id = p.user_id
      WHERE p.user_id = $1 AND t.disabled_at IS NULL AND (t.role = 'trainer' OR p.local_since IS NOT NULL)`,
    [trainerId],
  );
  return row?.pool ?? null;
}

/**
 * Whether a local trainer may teach the course in the country now: the matcher's live qualification (the grant
 * and an active, unexpired train-the-trainer certification covering it) in their own country. A lapsed local
 * trainer is not proposed by hand either.
 */
export function localTrainerQualified(
  manager: EntityManager,
  trainerId: string,
  courseId: string,
  countryCode: string,
  now: Date,
): Promise<boolean> {
  return exists(
    manager,
    `SELECT 1 FROM trainer_profile p WHERE p.user_id = $1 AND p.country_codes @> ARRAY[$3]::char(2)[]
        AND ${liveLocalQualificationSql('$2::uuid', '$4::timestamptz')}`,
    [trainerId, courseId, countryCode, now],
  );
}

/** Moves a request to a status the matcher or a proposal decides (proposed, unfilled, cancelled). */
export async function setRequestStatus(
  manager: EntityManager,
  id: string,
  status: Extract<TrainingRequestStatus, 'proposed' | 'unfilled' | 'cancelled'>,
  /** The matcher's round that decided it, appended to the request's record in the same statement. */
  round?: MatchRound,
) {
  await manager.query(
    `UPDATE training_request SET status = $2, match_rounds = match_rounds || coalesce($3::jsonb, '[]'), updated_at = now() WHERE id = $1`,
    [id, status, round ? JSON.stringify([round]) : null],
  );
}

/**
 * The matcher found nobody: the request is unfilled, and the round is appended to its record. Answers whether admins should be told, which they
 * are unless this round was a re-try of an already unfilled request (reopenUnfilledRequests): they were
 * told when it first went unfilled, and a re-try that changes nothing is not news.
 */
export async function markRequestUnfilled(manager: EntityManager, id: string, round: MatchRound): Promise<boolean> {
  const [row] = await updateReturning<{ tell: boolean }>(
    manager,
    `UPDATE training_request SET status = 'unfilled', match_rounds = match_rounds || $2::jsonb, updated_at = now() WHERE id = $1
     RETURNING reopened_round IS DISTINCT FROM round AS tell`,
    [id, JSON.stringify([round])],
  );
  return row?.tell ?? false;
}

/**
 * Who became free, and over what: a trainer's proposals or assignments that just ended (each frees its
 * period and a place under the quarter's load limit), or one trainer over a period (an unavailability
 * removed) or over any period (a widened profile: `period` null).
 */
export type FreedTrainer = { assignmentIds: string[] } | { trainerId: string; period: string | null };

/**
 * Sends back to the matcher, in a new round, the unfilled requests that a freed trainer could now serve
 * and whose wished window is still ahead of `now`; answers their ids and new rounds (the caller writes
 * one match job each to the outbox). The filter is the matcher's hard rules for that trainer (qualified,
 * language, country or online, not excluded, not already asked for the request, free over its period,
 * under the quarter's load limit), so a re-try has a real chance and nothing else is touched. The caller
 * already holds trainers' profiles, cohorts or bookings, so these request rows (which come first in the
 * module's lock order) are taken `SKIP LOCKED`: a request another transaction holds is being handled
 * there (reassigned, re-opened by another trigger), and waiting for it could deadlock. Rows are re-checked
 * once locked, so two triggers at once re-open a request once. Bounded by `limit` per trigger.
 */
export function reopenUnfilledRequests(
  manager: EntityManager,
  freed: FreedTrainer,
  reason: RequestReopenReason,
  now: Date,
  limit = 100,
): Promise<{ id: string; round: number }[]> {
  const [freedSql, freedParams] =
    'assignmentIds' in freed
      ? [
          `SELECT trainer_id, period, true AS frees_load FROM assignment WHERE id = ANY($4::uuid[])`,
          [freed.assignmentIds],
        ]
      : [
          `SELECT $4::uuid AS trainer_id, $5::tstzrange AS period, false AS frees_load`,
          [freed.trainerId, freed.period],
        ];
  return updateReturning(
    manager,
    `WITH freed AS (${freedSql}),
     target AS (
       SELECT r.id FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id JOIN course co ON co.id = r.course_id
        WHERE r.status = 'unfilled' AND lower(r.period) > $1
          AND EXISTS (
            SELECT 1 FROM freed f JOIN trainer_profile p ON p.user_id = f.trainer_id JOIN app_user t ON t.id = p.user_id
             WHERE ${poolRuleSql({ course: 'r.course_id', country: 'u.country_code', policy: deliveryPolicySql('co'), now: '$1::timestamptz' })}
               AND (f.period IS NULL OR f.period && r.period
                    OR (f.frees_load AND date_trunc('quarter', lower(f.period)) = date_trunc('quarter', lower(r.period))))
               AND p.languages @> ARRAY[r.language]::varchar[]
               AND p.course_ids @> ARRAY[r.course_id]::uuid[]
               AND (r.delivery_mode = 'online' OR (NOT p.online_only AND p.country_codes @> ARRAY[u.country_code]::char(2)[]))
               AND NOT (p.excluded_country_codes @> ARRAY[u.country_code]::char(2)[])
               AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.training_request_id = r.id AND a.trainer_id = p.user_id)
               AND NOT EXISTS (SELECT 1 FROM trainer_booking b WHERE b.trainer_id = p.user_id AND b.period && r.period)
               AND NOT EXISTS (SELECT 1 FROM trainer_unavailability na WHERE na.trainer_id = p.user_id AND na.period && r.period)
               AND (SELECT count(*) FROM assignment a WHERE a.trainer_id = p.user_id AND a.status IN ('proposed', 'accepted', 'completed')
                      AND date_trunc('quarter', lower(a.period)) = date_trunc('quarter', lower(r.period))) < p.load_limit_per_quarter)
        ORDER BY r.id LIMIT $3
        FOR UPDATE OF r SKIP LOCKED)
     UPDATE training_request r
        SET status = 'matching', round = r.round + 1, reopened_round = r.round + 1, reopened_at = $1, reopen_reason = $2, updated_at = now()
       FROM target WHERE r.id = target.id
     RETURNING r.id, r.round`,
    [now, reason, limit, ...freedParams],
  );
}

/** `assignedAt` by the application's clock, as the request's `created_at` (hours to an accepted trainer). */
export async function markRequestAssigned(manager: EntityManager, id: string, cohortId: string, assignedAt: Date) {
  await manager.query(
    `UPDATE training_request SET status = 'assigned', cohort_id = $2, assigned_at = $3, updated_at = now() WHERE id = $1`,
    [id, cohortId, assignedAt],
  );
}

/** Forgets the request's booking (its cohort is cancelled) before another trainer is proposed. */
export async function clearRequestBooking(manager: EntityManager, id: string) {
  await manager.query(
    `UPDATE training_request SET cohort_id = NULL, assigned_at = NULL, updated_at = now() WHERE id = $1`,
    [id],
  );
}

export async function findActiveCoordinatorIds(manager: EntityManager, policeUnitId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    manager,
    `SELECT id FROM app_user WHERE police_unit_id = $1 AND role = 'coordinator' AND disabled_at IS NULL`,
    [policeUnitId],
  );
  return rows.map((r) => r.id);
}

export interface RequestToMatch {
  id: string;
  status: TrainingRequestStatus;
  round: number;
  course_id: string;
  language: string;
  period: string;
  delivery_mode: DeliveryMode;
  police_unit_id: string;
  country_code: string;
  region_code: string;
  course_title: string;
  /** The course's delivery policy (its own, or its level's default). */
  delivery_policy: DeliveryPolicy;
}

/** Locks a request for the matcher (a named prepared statement: every match runs it). */
export async function lockRequestToMatch(manager: EntityManager, id: string): Promise<RequestToMatch | null> {
  const [row] = await selectPrepared<RequestToMatch>(
    manager,
    `SELECT r.id, r.status, r.round, r.course_id, r.language, r.period, r.delivery_mode, r.police_unit_id, u.country_code, c.region_code, co.title AS course_title,
            ${deliveryPolicySql('co')} AS delivery_policy
       FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id JOIN country c ON c.code = u.country_code JOIN course co ON co.id = r.course_id
      WHERE r.id = $1 FOR UPDATE OF r`,
    [id],
  );
  return row ?? null;
}

export interface Candidate {
  trainer_id: string;
  display_name: string;
  /** Null for a local trainer. */
  member_firm_id: string | null;
  pool: TrainerPool;
  recent: number;
  firm_share: number;
  regional: number;
}

/** The matcher's facts for one round: the best candidates of each pool, and the exclusion counts admins read. */
export interface MatchFacts {
  /** The request already has a live proposal or assignment (a repeated job): nothing to match. */
  has_live: boolean;
  candidates: Candidate[];
  /** Among trainers qualified for the course, how many each other hard rule ruled out (for admins). */
  excluded: Record<string, number>;
}

/**
 * scoreCandidate (@icspa/domain) in SQL, over float8 `firmShare`, so the database can keep the best of each
 * pool: `Math.round` is `floor`, plus one when the fraction is at least .5 (ties upwards; PostgreSQL's
 * `round(float8)` would round ties to even). Equal to scoreCandidate's score for every input (tested).
 */
export function candidateScoreSql(recent: string, firmShare: string, regional: string): string {
  const firm = `(${firmShare}) * 30`;
  return `(100 - least(${recent}, 10) * 6
            - (floor(${firm}) + CASE WHEN ${firm} - floor(${firm}) >= 0.5 THEN 1 ELSE 0 END)::int
            + least(${regional}, 5) * 4)`;
}

/**
 * One statement for a round of the matcher: the eligible trainers with the facts the soft rules need, and how
 * many trainers qualified for the course each other hard rule ruled out (the counts admins read), from one pass
 * over the qualified profiles (GIN index on course_ids). Busy trainers (bookings and declared unavailability
 * over the period, GiST indexes on the periods) and those already asked for the request are looked up once as
 * sets, not once per trainer. Only the first `keep` of each pool by score (then trainer id) come back: the
 * ranking's order (rankCandidates) never reaches further. Busy means a booking over the period
 * (trainer_booking: live proposals and cohorts taught, an accepted assignment through its cohort) or declared
 * unavailability.
 */
export async function findMatchFacts(
  manager: EntityManager,
  request: RequestToMatch,
  now: Date,
  keep: number,
): Promise<MatchFacts> {
  // The request's facts as parameters: the planner sees the course (GIN index on course_ids) and the period.
  const rules = new Map(
    hardRulesSql({
      course: '$2::uuid',
      language: '$3::varchar',
      country: '$4::char(2)',
      online: '$5::boolean',
      period: '$6::tstzrange',
      policy: '$7::text',
      now: '$8::timestamptz',
      quarterLoad: 'f.quarter_load',
    }).map((r) => [r.rule, r.sql]),
  );
  const rule = (name: TrainerExclusion) => rules.get(name)!;
  // A named prepared statement (its text never changes, the request's facts are parameters): parsed once per
  // connection, and PostgreSQL keeps a generic plan once it costs no more than the custom ones, saving the
  // planning of the matcher's largest statement on every match.
  const [row] = await selectPrepared<MatchFacts>(
    manager,
    `WITH recent_firm AS (
       SELECT t.member_firm_id, count(*)::float AS n FROM assignment a JOIN app_user t ON t.id = a.trainer_id
        WHERE a.status IN ('proposed', 'accepted', 'completed') AND a.proposed_at > now() - interval '90 days' GROUP BY 1),
     total AS (SELECT greatest(sum(n), 1) AS n FROM recent_firm),
     qualified AS MATERIALIZED (
       -- The columns the other rules read (not the profile's arrays), and each counted rule's verdict.
       SELECT p.user_id, p.load_limit_per_quarter, p.local_since, p.country_codes,
              ${rule('language')} AS language_ok,
              ${rule('country')} AS country_ok,
              ${rule('excluded_country')} AS excluded_country_ok,
              ${rule('busy')} AS free,
              p.user_id IN (SELECT a.trainer_id FROM assignment a WHERE a.training_request_id = $1) AS asked
         FROM trainer_profile p
        WHERE ${rule('not_qualified')}),
     eligible AS MATERIALIZED (
       SELECT p.user_id AS trainer_id, t.display_name, t.member_firm_id, ${POOL_SQL} AS pool, f.recent,
              coalesce((SELECT rf.n FROM recent_firm rf WHERE rf.member_firm_id = t.member_firm_id), 0) / (SELECT n FROM total) AS firm_share,
              f.regional
         FROM qualified p JOIN app_user t ON t.id = p.user_id
         -- The trainer's assignments, read once: their load in the quarter (hard rule) and the soft facts.
         CROSS JOIN LATERAL (
           SELECT count(*) FILTER (WHERE ${inQuarterLoadSql('$6::tstzrange')})::int AS quarter_load,
                  count(*) FILTER (WHERE a.status IN ('proposed', 'accepted', 'completed') AND a.proposed_at > now() - interval '180 days')::int AS recent,
                  count(*) FILTER (WHERE a.status = 'completed' AND (SELECT c2.region_code FROM training_request r2 JOIN police_unit u2 ON u2.id = r2.police_unit_id
                                     JOIN country c2 ON c2.code = u2.country_code WHERE r2.id = a.training_request_id) = $9)::int AS regional
             FROM assignment a WHERE a.trainer_id = p.user_id) f
        WHERE p.language_ok AND p.country_ok AND p.excluded_country_ok AND p.free AND NOT p.asked
          AND ${rule('disabled')} AND ${rule('local_not_eligible')} AND ${rule('load_limit')}),
     ranked AS (
       SELECT e.*, row_number() OVER (PARTITION BY e.pool ORDER BY ${candidateScoreSql('e.recent', 'e.firm_share', 'e.regional')} DESC, e.trainer_id) AS n
         FROM eligible e)
     SELECT EXISTS (SELECT 1 FROM assignment a WHERE a.training_request_id = $1 AND a.status IN ('proposed', 'accepted')) AS has_live,
            coalesce((SELECT json_agg(json_build_object('trainer_id', k.trainer_id, 'display_name', k.display_name,
                        'member_firm_id', k.member_firm_id, 'pool', k.pool, 'recent', k.recent, 'firm_share', k.firm_share,
                        'regional', k.regional)) FROM ranked k WHERE k.n <= $10), '[]'::json) AS candidates,
            (SELECT json_build_object(
                'qualified', count(*)::int,
                'language', count(*) FILTER (WHERE NOT q.language_ok)::int,
                'country', count(*) FILTER (WHERE NOT q.country_ok)::int,
                'excluded_country', count(*) FILTER (WHERE NOT q.excluded_country_ok)::int,
                'busy', count(*) FILTER (WHERE NOT q.free)::int,
                'already_asked', count(*) FILTER (WHERE q.asked)::int) FROM qualified q) AS excluded`,
    [
      request.id,
      request.course_id,
      request.language,
      request.country_code,
      request.delivery_mode === 'online',
      request.period,
      request.delivery_policy,
      now,
      request.region_code,
      keep,
    ],
  );
  // Aggregates without GROUP BY always answer one row.
  return row!;
}

/** Requests the matcher still has to serve, for the reconciler. */
export function findOpenRequests(manager: EntityManager): Promise<{ id: string; round: number }[]> {
  return selectRows(
    manager,
    `SELECT id, round FROM training_request WHERE status IN ('pending', 'matching') ORDER BY updated_at LIMIT 1000`,
  );
}

/** Seconds since the oldest request still waiting for the matcher last moved, or null when none waits (health). */
export async function oldestWaitingRequestAgeSeconds(manager: EntityManager): Promise<number | null> {
  const row = await selectOne<{ age: number | null }>(
    manager,
    `SELECT extract(epoch FROM now() - min(updated_at))::int AS age FROM training_request WHERE status IN ('pending', 'matching')`,
  );
  return row?.age ?? null;
}
