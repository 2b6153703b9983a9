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

/**
 * Hard rule of the pool: an active expert, or an active local trainer qualified live for the course, in the
 * request's country, when the policy lets local trainers deliver (`experts` does not).
 */
export function poolRuleSql(o: { course: string; country: string; policy: string; now: string }): string {
  return `t.disabled_at IS NULL AND (t.role = 'trainer'
     OR (t.role IN ('officer', 'coordinator') AND ${o.policy} <> 'experts'
         AND p.country_codes @> ARRAY[${o.country}]::char(2)[]
         AND ${liveLocalQualificationSql(o.course, o.now)}))`;
}
