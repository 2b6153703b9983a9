import { EntityManager } from 'typeorm';
import { exists, selectRows } from '../../core/database/sql';

/**
 * The train-the-trainer cascade, read live from the raw rows (cohorts, enrolments, trainer profiles): it is
 * small beside the uptake figures (one row per trainer, firm or country) and must show a local trainer the
 * moment they are confirmed.
 *
 * - A cohort is delivered by its trainer and, when co-delivered, its co-trainer (cancelled cohorts deliver nothing).
 * - An officer is reached by a trainer when they hold a seat (enrolled, completed or failed) in a cohort the
 *   trainer delivered.
 * - The cascade is a tree (a DAG where a co-delivered cohort trains a local trainer): an expert (generation 0)
 *   → the local trainers whose train-the-trainer cohort (`trainer_profile.trained_in_cohort_id`) they delivered
 *   (generation 1) → the local trainers those delivered the cohort of (generation 2) … Paths never revisit a
 *   trainer, so a loop in hand-edited data cannot make the recursion endless.
 * - Reached directly: officers reached by the expert (or the firm's experts) themselves. Reached through the
 *   cascade: officers reached by any of their descendants (generation 1 or deeper). Generations: the deepest
 *   descendant's generation (0: none).
 */
const CASCADE = `
  delivered AS (
    SELECT co.id AS cohort_id, co.trainer_id FROM cohort co WHERE co.trainer_id IS NOT NULL AND co.status <> 'cancelled'
    UNION ALL
    SELECT co.id, co.co_trainer_id FROM cohort co WHERE co.co_trainer_id IS NOT NULL AND co.status <> 'cancelled'),
  lineage AS (
    SELECT t.id AS root_id, t.id AS trainer_id, 0 AS generation, ARRAY[t.id] AS path FROM app_user t WHERE t.role = 'trainer'
    UNION ALL
    SELECT l.root_id, p.user_id, l.generation + 1, l.path || p.user_id
      FROM lineage l JOIN delivered d ON d.trainer_id = l.trainer_id
      JOIN trainer_profile p ON p.trained_in_cohort_id = d.cohort_id AND p.local_since IS NOT NULL
     WHERE p.user_id <> ALL (l.path)),
  seated AS (
    SELECT DISTINCT d.trainer_id, e.officer_id FROM delivered d JOIN enrolment e ON e.cohort_id = d.cohort_id
     WHERE e.status IN ('enrolled', 'completed', 'failed'))`;

/**
 * Outside an admin's view, officers and local trainers of withheld countries (too few police units: see
 * reporting.policy.ts) are left out of every figure, so no answer depends on their rows and no difference of
 * answers can recover them. `$n` is the list of withheld country codes (empty for admins).
 */
const shownOfficer = (param: string) => `NOT EXISTS (
    SELECT 1 FROM app_user o JOIN police_unit u ON u.id = o.police_unit_id
     WHERE o.id = s.officer_id AND u.country_code = ANY (${param}::text[]))`;
const shownTrainer = (param: string) => `NOT EXISTS (
    SELECT 1 FROM trainer_profile lp WHERE lp.user_id = l.trainer_id AND lp.country_codes[1] = ANY (${param}::text[]))`;

export interface ExpertReachRow {
  trainer_id: string;
  display_name: string;
  member_firm_id: string;
  direct: number;
  cascade: number;
  local_trainers: number;
  generations: number;
}

/** Per expert trainer (one firm's when `memberFirmId` is set), by name. */
export function expertReach(manager: EntityManager, memberFirmId: string | null): Promise<ExpertReachRow[]> {
  return selectRows<ExpertReachRow>(
    manager,
    `WITH RECURSIVE ${CASCADE}
     SELECT r.id AS trainer_id, r.display_name, r.member_firm_id,
            (SELECT count(*)::int FROM seated s WHERE s.trainer_id = r.id) AS direct,
            (SELECT count(DISTINCT s.officer_id)::int FROM lineage l JOIN seated s ON s.trainer_id = l.trainer_id
              WHERE l.root_id = r.id AND l.generation > 0) AS cascade,
            (SELECT count(DISTINCT l.trainer_id)::int FROM lineage l WHERE l.root_id = r.id AND l.generation > 0) AS local_trainers,
            (SELECT coalesce(max(l.generation), 0)::int FROM lineage l WHERE l.root_id = r.id) AS generations
       FROM app_user r WHERE r.role = 'trainer' AND ($1::uuid IS NULL OR r.member_firm_id = $1)
      ORDER BY r.display_name, r.id`,
    [memberFirmId],
  );
}

export interface FirmReachRow {
  member_firm_id: string;
  name: string;
  experts: number;
  direct: number;
  cascade: number;
  local_trainers: number;
  generations: number;
}

/**
 * Per member firm (one when `memberFirmId` is set): its experts together, officers counted once; officers and
 * local trainers of the `withheld` countries left out.
 */
export function firmReach(
  manager: EntityManager,
  memberFirmId: string | null,
  withheld: readonly string[] = [],
): Promise<FirmReachRow[]> {
  return selectRows<FirmReachRow>(
    manager,
    `WITH RECURSIVE ${CASCADE},
     rooted AS (SELECT l.*, r.member_firm_id FROM lineage l JOIN app_user r ON r.id = l.root_id)
     SELECT f.id AS member_firm_id, f.name,
            (SELECT count(*)::int FROM app_user r WHERE r.role = 'trainer' AND r.member_firm_id = f.id) AS experts,
            (SELECT count(DISTINCT s.officer_id)::int FROM rooted l JOIN seated s ON s.trainer_id = l.trainer_id
              WHERE l.member_firm_id = f.id AND l.generation = 0 AND ${shownOfficer('$2')}) AS direct,
            (SELECT count(DISTINCT s.officer_id)::int FROM rooted l JOIN seated s ON s.trainer_id = l.trainer_id
              WHERE l.member_firm_id = f.id AND l.generation > 0 AND ${shownOfficer('$2')}) AS cascade,
            (SELECT count(DISTINCT l.trainer_id)::int FROM rooted l
              WHERE l.member_firm_id = f.id AND l.generation > 0 AND ${shownTrainer('$2')}) AS local_trainers,
            (SELECT coalesce(max(l.generation), 0)::int FROM rooted l
              WHERE l.member_firm_id = f.id AND ${shownTrainer('$2')}) AS generations
       FROM member_firm f WHERE ($1::uuid IS NULL OR f.id = $1)
      ORDER BY f.name, f.id`,
    [memberFirmId, withheld],
  );
}

export interface CountryReachRow {
  country_code: string;
  name: string;
  region_code: string;
  local_trainers: number;
  by_experts: number;
  by_local_trainers: number;
  generations: number;
}

/**
 * Per country with any delivery or local trainer: its officers (by their unit) reached by member-firm experts
 * (imported) and by local trainers (the cascade), its local trainers, and the deepest generation among them.
 * The `withheld` countries are listed whatever their figures (which the caller discards), so that whether a
 * withheld country is listed says nothing about it.
 */
export function countryReach(
  manager: EntityManager,
  region: string | null,
  withheld: readonly string[] = [],
): Promise<CountryReachRow[]> {
  return selectRows<CountryReachRow>(
    manager,
    `WITH RECURSIVE ${CASCADE},
     reached AS (
       SELECT u.country_code, s.officer_id, (t.role = 'trainer') AS by_expert
         FROM seated s JOIN app_user t ON t.id = s.trainer_id JOIN app_user o ON o.id = s.officer_id
         JOIN police_unit u ON u.id = o.police_unit_id),
     locals AS (
       SELECT p.user_id, p.country_codes[1] AS country_code FROM trainer_profile p JOIN app_user t ON t.id = p.user_id
        WHERE p.local_since IS NOT NULL AND t.role <> 'trainer'),
     reach AS (
       SELECT country_code, count(DISTINCT officer_id) FILTER (WHERE by_expert)::int AS by_experts,
              count(DISTINCT officer_id) FILTER (WHERE NOT by_expert)::int AS by_local_trainers
         FROM reached GROUP BY 1),
     depth AS (
       SELECT lt.country_code, max(l.generation)::int AS generations FROM lineage l JOIN locals lt ON lt.user_id = l.trainer_id GROUP BY 1),
     trainers AS (SELECT country_code, count(*)::int AS n FROM locals GROUP BY 1)
     SELECT c.code AS country_code, c.name, c.region_code, coalesce(tr.n, 0) AS local_trainers, coalesce(r.by_experts, 0) AS by_experts,
            coalesce(r.by_local_trainers, 0) AS by_local_trainers, coalesce(d.generations, 0) AS generations
       FROM country c LEFT JOIN trainers tr ON tr.country_code = c.code LEFT JOIN reach r ON r.country_code = c.code
       LEFT JOIN depth d ON d.country_code = c.code
      WHERE ($1::text IS NULL OR c.region_code = $1) AND (tr.n > 0 OR r.country_code IS NOT NULL OR c.code = ANY ($2::text[]))
      ORDER BY name, country_code`,
    [region, withheld],
  );
}

export interface CascadeMonthRow {
  month: string;
  local: number;
  expert: number;
  co_delivered: number;
}

/**
 * One country's delivery over time: per month a cohort started (not cancelled, with a trainer), how many were
 * taught by a local trainer alone, by a member-firm expert alone, or co-delivered. A cohort belongs to the country
 * of the unit it was reserved for, else its own (in person); open online cohorts belong to no country. Only the
 * months `from`–`to` (first days, UTC) that have a cohort; the caller fills the others with zeros.
 */
export function countryDeliverySeries(
  manager: EntityManager,
  countryCode: string,
  from: string,
  to: string,
): Promise<CascadeMonthRow[]> {
  return selectRows<CascadeMonthRow>(
    manager,
    `SELECT to_char(date_trunc('month', co.starts_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
            count(*) FILTER (WHERE co.co_trainer_id IS NULL AND t.role <> 'trainer')::int AS local,
            count(*) FILTER (WHERE co.co_trainer_id IS NULL AND t.role = 'trainer')::int AS expert,
            count(*) FILTER (WHERE co.co_trainer_id IS NOT NULL)::int AS co_delivered
       FROM cohort co JOIN app_user t ON t.id = co.trainer_id LEFT JOIN police_unit u ON u.id = co.police_unit_id
      WHERE co.status <> 'cancelled' AND coalesce(u.country_code, co.country_code) = $1
        AND co.starts_at >= $2::date::timestamp AT TIME ZONE 'UTC'
        AND co.starts_at < ($3::date + interval '1 month')::timestamp AT TIME ZONE 'UTC'
      GROUP BY 1 ORDER BY 1`,
    [countryCode, from, to],
  );
}

/** Whether the country exists. */
export function countryExists(manager: EntityManager, code: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM country WHERE code = $1`, [code]);
}
