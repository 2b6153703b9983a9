import type { TrainerExclusion } from '@icspa/domain';

/**
 * The trainer pool the matcher draws from, as SQL fragments over `app_user t` and `trainer_profile p`:
 * member firms' experts (role `trainer`) and local trainers (officers or coordinators with a profile,
 * DESIGN.md "local trainer"). A local trainer is matched for a course only while, at the moment of the
 * query, they hold a live `local_trainer` grant for it AND an active, unexpired train-the-trainer
 * certification whose programme covers it: a lapsed or revoked certification takes them out of matching
 * at once, before any sweep has run. They deliver in their own country only (their profile's countries),
 * online requests included.
 */

/** `'expert'` or `'local'`: where the trainer `t` comes from. */
export const POOL_SQL = `(CASE WHEN t.role = 'trainer' THEN 'expert' ELSE 'local' END)`;

/**
 * The course's delivery policy (`course` alias given), its own or its level's default: foundation courses
 * local first, the others by experts (the same rule as defaultDeliveryPolicy in @icspa/domain).
 */
export function deliveryPolicySql(course: string): string {
  return `coalesce(${course}.delivery_policy::text, CASE WHEN ${course}.level = 'foundation' THEN 'local_first' ELSE 'experts' END)`;
}

/** Whether the local trainer with profile `p` is qualified for `courseSql` at `nowSql` (grant and certification, live). */
export function liveLocalQualificationSql(courseSql: string, nowSql: string): string {
  return `(p.local_since IS NOT NULL
     AND EXISTS (SELECT 1 FROM capability_grant lg WHERE lg.user_id = p.user_id AND lg.capability = 'local_trainer'
                    AND lg.scope = (${courseSql})::text AND lg.revoked_at IS NULL)
     AND EXISTS (SELECT 1 FROM certification lc JOIN certification_programme lp ON lp.id = lc.programme_id
                  WHERE lc.holder_id = p.user_id AND lc.status = 'active' AND lc.expires_at > ${nowSql}
                    AND lp.trainer_course_ids @> ARRAY[${courseSql}]::uuid[]))`;
}

/** A local trainer may deliver here now: the policy lets local trainers deliver, in their country, qualified live. */
function localEligibleSql(o: { course: string; country: string; policy: string; now: string }): string {
  return `(t.role = 'trainer'
     OR (t.role IN ('officer', 'coordinator') AND ${o.policy} <> 'experts'
         AND p.country_codes @> ARRAY[${o.country}]::char(2)[]
         AND ${liveLocalQualificationSql(o.course, o.now)}))`;
}

/**
 * Hard rule of the pool: an active expert, or an active local trainer qualified live for the course, in the
 * request's country, when the policy lets local trainers deliver (`experts` does not).
 */
export function poolRuleSql(o: { course: string; country: string; policy: string; now: string }): string {
  return `t.disabled_at IS NULL AND ${localEligibleSql(o)}`;
}

/** Whether assignment `a` counts towards its trainer's load in the quarter `period` starts in. */
export function inQuarterLoadSql(period: string): string {
  return `a.status IN ('proposed', 'accepted', 'completed') AND date_trunc('quarter', lower(a.period)) = date_trunc('quarter', lower(${period}))`;
}

/** How many of the trainer's assignments count towards their load in the quarter `period` starts in. */
function quarterLoadSql(trainerId: string, period: string): string {
  return `(SELECT count(*) FROM assignment a WHERE a.trainer_id = ${trainerId} AND ${inQuarterLoadSql(period)})`;
}

/**
 * The matcher's hard rules as SQL over `app_user t` and `trainer_profile p`, for a course taught in `language`
 * in `country` (a unit's; the request's or the cohort's), online or not, over `period`, at `now` (all SQL
 * expressions; `period` must not depend on the trainer's row, so that the busy set is computed once). `ignoreCohort`:
 * the bookings of this cohort are not "busy" (the cohort being edited).
 * The matcher (findMatchFacts) requires them all; the cohort form's picker shows the first each trainer fails.
 */
export function hardRulesSql(o: {
  course: string;
  language: string;
  country: string;
  online: string;
  period: string;
  policy: string;
  now: string;
  ignoreCohort?: string;
  /**
   * The trainer's proposed, accepted and completed assignments starting in the period's quarter, when the caller
   * has counted them already (the matcher counts them with the soft facts, in one index scan per trainer).
   */
  quarterLoad?: string;
}): { rule: TrainerExclusion; sql: string }[] {
  const ownBookings = o.ignoreCohort ? ` AND b.cohort_id IS DISTINCT FROM ${o.ignoreCohort}` : '';
  return [
    { rule: 'disabled', sql: `t.disabled_at IS NULL` },
    { rule: 'not_qualified', sql: `p.course_ids @> ARRAY[${o.course}]::uuid[]` },
    { rule: 'local_not_eligible', sql: localEligibleSql(o) },
    { rule: 'language', sql: `p.languages @> ARRAY[${o.language}]::varchar[]` },
    {
      rule: 'country',
      sql: `(${o.online} OR (NOT p.online_only AND p.country_codes @> ARRAY[${o.country}]::char(2)[]))`,
    },
    { rule: 'excluded_country', sql: `NOT (p.excluded_country_codes @> ARRAY[${o.country}]::char(2)[])` },
    {
      // The trainers busy over the period, as one set (GiST indexes on the periods) looked up per trainer by hash,
      // rather than two index probes per trainer: with `period` free of the row's columns, PostgreSQL computes it once.
      rule: 'busy',
      sql: `p.user_id NOT IN (SELECT b.trainer_id FROM trainer_booking b WHERE b.period && ${o.period}${ownBookings}
                              UNION ALL SELECT na.trainer_id FROM trainer_unavailability na WHERE na.period && ${o.period})`,
    },
    {
      rule: 'load_limit',
      sql: `${o.quarterLoad ?? quarterLoadSql('p.user_id', o.period)} < p.load_limit_per_quarter`,
    },
  ];
}
