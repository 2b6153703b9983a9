import { EntityManager } from 'typeorm';
import { selectOne, selectRows, countRows, updateReturning } from '../../core/database/sql';
import type { Where } from '../../core/database/where';
import type { TrainerExclusion, TrainerPool } from '@icspa/domain';
import { deliveryPolicySql, hardRulesSql, POOL_SQL } from './trainer-pool';
import type { TrainerResponseDto } from './dtos/trainer.dto';

const TRAINER_SELECT = `
  SELECT t.id, t.display_name, t.email, t.member_firm_id, f.name AS member_firm_name,
         coalesce(p.languages, '{}') AS languages, coalesce(p.skills, '{}') AS skills, coalesce(p.course_ids, '{}') AS course_ids,
         coalesce(p.country_codes, '{}') AS country_codes, coalesce(p.excluded_country_codes, '{}') AS excluded_country_codes,
         coalesce(p.online_only, false) AS online_only, coalesce(p.load_limit_per_quarter, 4) AS load_limit_per_quarter,
         CASE WHEN t.role = 'trainer' THEN 'expert' ELSE 'local' END AS pool, p.trained_in_cohort_id,
         coalesce((SELECT json_agg(json_build_object('id', n.id, 'startsAt', lower(n.period), 'endsAt', upper(n.period), 'reason', n.reason) ORDER BY lower(n.period))
                     FROM trainer_unavailability n WHERE n.trainer_id = t.id AND upper(n.period) > now()), '[]') AS unavailability
    FROM app_user t LEFT JOIN member_firm f ON f.id = t.member_firm_id LEFT JOIN trainer_profile p ON p.user_id = t.id`;

interface TrainerRow {
  id: string;
  display_name: string;
  email: string;
  member_firm_id: string | null;
  member_firm_name: string | null;
  pool: TrainerPool;
  trained_in_cohort_id: string | null;
  languages: string[];
  skills: string[];
  course_ids: string[];
  country_codes: string[];
  excluded_country_codes: string[];
  online_only: boolean;
  load_limit_per_quarter: number;
  unavailability: Array<{ id: string; startsAt: string; endsAt: string; reason: string | null }>;
}

function toTrainer(r: TrainerRow): TrainerResponseDto {
  return {
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    memberFirmId: r.member_firm_id,
    memberFirmName: r.member_firm_name,
    pool: r.pool,
    trainedInCohortId: r.trained_in_cohort_id,
    languages: r.languages,
    skills: r.skills,
    courseIds: r.course_ids,
    // char(2) columns come back padded
    countryCodes: r.country_codes.map((c) => c.trim()),
    excludedCountryCodes: r.excluded_country_codes.map((c) => c.trim()),
    onlineOnly: r.online_only,
    loadLimitPerQuarter: r.load_limit_per_quarter,
    unavailability: r.unavailability.map((u) => ({
      ...u,
      startsAt: new Date(u.startsAt).toISOString(),
      endsAt: new Date(u.endsAt).toISOString(),
    })),
  };
}

/** How many trainers match, `where` being conditions on `app_user t`. */
export async function countTrainers(manager: EntityManager, where: Where): Promise<number> {
  return countRows(manager, 'app_user t', where);
}

/** Trainers with profile and coming unavailability, `where` being conditions on `app_user t`. */
export async function findTrainers(manager: EntityManager, where: Where, tail = ''): Promise<TrainerResponseDto[]> {
  const rows = await selectRows<TrainerRow>(manager, `${TRAINER_SELECT} ${where} ${tail}`, where.params);
  return rows.map(toTrainer);
}

/** How many of these ids are courses. */
export async function countCourses(manager: EntityManager, courseIds: string[]): Promise<number> {
  const row = await selectOne<{ n: number }>(manager, `SELECT count(*)::int AS n FROM course WHERE id = ANY($1)`, [
    courseIds,
  ]);
  return row!.n;
}

export interface TrainerProfileValues {
  languages: string[];
  skills: string[];
  courseIds: string[];
  countryCodes: string[];
  excludedCountryCodes: string[];
  onlineOnly: boolean;
  loadLimitPerQuarter: number;
}

export async function saveTrainerProfile(manager: EntityManager, trainerId: string, p: TrainerProfileValues) {
  await manager.query(
    `INSERT INTO trainer_profile (user_id, languages, skills, course_ids, country_codes, excluded_country_codes, online_only, load_limit_per_quarter)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (user_id) DO UPDATE SET languages = EXCLUDED.languages, skills = EXCLUDED.skills, course_ids = EXCLUDED.course_ids,
       country_codes = EXCLUDED.country_codes, excluded_country_codes = EXCLUDED.excluded_country_codes, online_only = EXCLUDED.online_only,
       load_limit_per_quarter = EXCLUDED.load_limit_per_quarter, updated_at = now()`,
    [
      trainerId,
      p.languages,
      p.skills,
      p.courseIds,
      p.countryCodes,
      p.excludedCountryCodes,
      p.onlineOnly,
      p.loadLimitPerQuarter,
    ],
  );
}

export async function insertUnavailability(
  manager: EntityManager,
  trainerId: string,
  period: { startsAt: Date; endsAt: Date; reason: string | null },
) {
  await manager.query(
    `INSERT INTO trainer_unavailability (trainer_id, period, reason) VALUES ($1, tstzrange($2, $3, '[)'), $4)`,
    [trainerId, period.startsAt, period.endsAt, period.reason],
  );
}

/** Removes one of the trainer's unavailability periods; answers the period it freed (a tstzrange literal), or null when there was none. */
export async function deleteUnavailability(
  manager: EntityManager,
  trainerId: string,
  unavailabilityId: string,
): Promise<string | null> {
  const [row] = await updateReturning<{ period: string }>(
    manager,
    `DELETE FROM trainer_unavailability WHERE id = $1 AND trainer_id = $2 RETURNING period`,
    [unavailabilityId, trainerId],
  );
  return row?.period ?? null;
}

/** What a cohort would be, for the trainer picker. */
export interface CohortFacts {
  courseId: string;
  language: string;
  online: boolean;
  /** The cohort's country (in person), else the reserving unit's, else null. */
  countryCode: string | null;
  policeUnitId: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The cohort being edited: its own bookings do not make its trainers busy. */
  cohortId: string | null;
  now: Date;
}

export interface TrainerOptionRow {
  id: string;
  display_name: string;
  member_firm_name: string | null;
  pool: TrainerPool;
  excluded_by: TrainerExclusion | null;
}

/**
 * The trainers of both pools (`where`: conditions on `app_user t`, e.g. a name search) with the first of the
 * matcher's hard rules each fails for the cohort (`hardRulesSql`, the matcher's own), null for those who pass:
 * qualified and free ones first, then by the rule they fail, then by name. At most `limit` rows.
 */
export function findTrainerOptions(
  manager: EntityManager,
  facts: CohortFacts,
  where: Where,
  limit: number,
): Promise<TrainerOptionRow[]> {
  const params = [...where.params];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const course = `${p(facts.courseId)}::uuid`;
  const rules = hardRulesSql({
    course,
    language: `${p(facts.language)}::varchar`,
    country: `coalesce(${p(facts.countryCode)}::char(2), (SELECT pu.country_code FROM police_unit pu WHERE pu.id = ${p(facts.policeUnitId)}::uuid))`,
    online: `${p(facts.online)}::boolean`,
    period: `tstzrange(${p(facts.startsAt)}::timestamptz, ${p(facts.endsAt)}::timestamptz, '[)')`,
    policy: `(SELECT ${deliveryPolicySql('co')} FROM course co WHERE co.id = ${course})`,
    now: `${p(facts.now)}::timestamptz`,
    ignoreCohort: `${p(facts.cohortId)}::uuid`,
  });
  const excludedBy = `CASE ${rules.map((r) => `WHEN NOT coalesce(${r.sql}, false) THEN '${r.rule}'`).join('\n')} END`;
  return selectRows<TrainerOptionRow>(
    manager,
    `SELECT * FROM (
       SELECT t.id, t.display_name, f.name AS member_firm_name, ${POOL_SQL} AS pool, ${excludedBy} AS excluded_by
         FROM app_user t LEFT JOIN member_firm f ON f.id = t.member_firm_id LEFT JOIN trainer_profile p ON p.user_id = t.id
         ${where}) o
      ORDER BY o.excluded_by IS NOT NULL, array_position(${p(rules.map((r) => r.rule))}::text[], o.excluded_by), o.display_name, o.id
      LIMIT ${limit}`,
    params,
  );
}
