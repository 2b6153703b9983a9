import type { DatasetDb } from './options';

/** A deterministic uuid from a text key (the same key always gives the same id). */
const uuidOf = (key: string) => `md5(${key})::uuid`;
/** A deterministic whole number 0..n-1 from a text key. */
const drawOf = (key: string, n: number) => `(('x' || substr(md5(${key}), 1, 7))::bit(28)::int % ${n})`;
const QUARTER = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY"-Q"Q')`;

/**
 * Needs assessments and workplans over the written history, set-based and deterministic (ids and figures
 * come from md5 of their keys, times from the data set's "now"): every unit that raised a training request
 * has an approved needs assessment (per competency role: officers now, officers needed, and a level per
 * required competency, one below the requirement for about half of them); every country with requests has an
 * approved workplan whose lines are its requests grouped by unit, course and quarter, each line linked to
 * the first request of its group (as approval would have raised it). Re-running adds nothing twice.
 */
export async function writePlans(db: DatasetDb, now: number): Promise<void> {
  const at = new Date(now).toISOString();
  await db.query(
    `INSERT INTO needs_assessment (id, police_unit_id, status, assessed_on, submitted_at, reviewed_at, created_at, updated_at)
     SELECT ${uuidOf(`'needs-assessment:' || u.id`)}, u.id, 'approved', ($1::timestamptz - interval '200 days')::date,
            $1::timestamptz - interval '195 days', $1::timestamptz - interval '190 days',
            $1::timestamptz - interval '200 days', $1::timestamptz - interval '190 days'
     FROM police_unit u WHERE EXISTS (SELECT 1 FROM training_request r WHERE r.police_unit_id = u.id)
     ON CONFLICT DO NOTHING`,
    [at],
  );
  await db.query(
    `INSERT INTO needs_assessment_role (needs_assessment_id, competency_role_id, officers_now, officers_needed)
     SELECT a.id, cr.id, o.n / 4, o.n / 4 + 1 + ${drawOf(`a.id::text || cr.id::text`, 8)}
     FROM needs_assessment a JOIN competency_role cr ON cr.retired_at IS NULL
     CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM app_user au WHERE au.police_unit_id = a.police_unit_id AND au.role = 'officer') o
     WHERE a.id = ${uuidOf(`'needs-assessment:' || a.police_unit_id`)}
     ON CONFLICT DO NOTHING`,
  );
  await db.query(
    `INSERT INTO needs_assessment_level (needs_assessment_id, competency_id, competency_revision, inferred_level, current_level, source)
     SELECT a.id, c.id, c.revision, l.level, l.level, 'inferred'
     FROM needs_assessment a
     JOIN (SELECT competency_id, max(required_level) AS required FROM competency_role_competency GROUP BY competency_id) rc ON true
     JOIN competency c ON c.id = rc.competency_id
     CROSS JOIN LATERAL (SELECT greatest(rc.required - ${drawOf(`a.id::text || c.id::text`, 2)}, 0)::int AS level) l
     WHERE a.id = ${uuidOf(`'needs-assessment:' || a.police_unit_id`)}
     ON CONFLICT DO NOTHING`,
  );
  await db.query(
    `INSERT INTO workplan (id, country_code, period_start, period_end, status, approved_at, created_at, updated_at)
     SELECT ${uuidOf(`'workplan:' || u.country_code`)}, u.country_code, min(${QUARTER('lower(r.period)')}),
            max(${QUARTER('lower(r.period)')}), 'approved', $1::timestamptz - interval '180 days',
            $1::timestamptz - interval '185 days', $1::timestamptz - interval '180 days'
     FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id
     GROUP BY u.country_code
     ON CONFLICT DO NOTHING`,
    [at],
  );
  await db.query(
    `INSERT INTO plan_line (id, workplan_id, police_unit_id, course_id, officers, delivery_mode, language, quarter,
                            priority_explanation, training_request_id, created_at, updated_at)
     SELECT ${uuidOf(`'plan-line:' || g.workplan_id || g.police_unit_id || g.course_id || g.quarter`)}, g.workplan_id,
            g.police_unit_id, g.course_id, least(g.seats, 500), g.delivery_mode, g.language, g.quarter,
            jsonb_build_object('gap', g.seats, 'priority', g.weight, 'score', g.seats * g.weight,
                               'competencyIds', '[]'::jsonb, 'competencyRoleIds', '[]'::jsonb),
            g.first_request, $1::timestamptz - interval '185 days', $1::timestamptz - interval '180 days'
     FROM (
       SELECT ${uuidOf(`'workplan:' || u.country_code`)} AS workplan_id, r.police_unit_id, r.course_id,
              ${QUARTER('lower(r.period)')} AS quarter, sum(r.seats)::int AS seats,
              (array_agg(r.delivery_mode ORDER BY lower(r.period), r.id))[1] AS delivery_mode,
              (array_agg(r.language ORDER BY lower(r.period), r.id))[1] AS language,
              (array_agg(r.id ORDER BY lower(r.period), r.id))[1] AS first_request,
              coalesce(p.weight, CASE WHEN c.hotspot THEN 4 ELSE 2 END) AS weight
       FROM training_request r JOIN police_unit u ON u.id = r.police_unit_id JOIN country c ON c.code = u.country_code
       LEFT JOIN country_priority p ON p.country_code = c.code
       GROUP BY u.country_code, r.police_unit_id, r.course_id, ${QUARTER('lower(r.period)')}, p.weight, c.hotspot
     ) g
     WHERE NOT EXISTS (SELECT 1 FROM plan_line x WHERE x.training_request_id = g.first_request)
     ON CONFLICT DO NOTHING`,
    [at],
  );
}
