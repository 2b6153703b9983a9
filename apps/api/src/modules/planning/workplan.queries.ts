import type { EntityManager } from 'typeorm';
import type { CourseLevel, DeliveryMode, TrainingRequestStatus, WorkplanStatus } from '@icspa/domain';
import { affectedRows, selectOne, selectRows } from '../../core/database/sql';
import type { Where } from '../../core/database/where';
import { liveLocalQualificationSql } from '../trainer-assignment/trainer-pool';
import type { PlanGap, PlanLineReason, ProposedLine } from './workplan-proposal';

export interface WorkplanRow {
  id: string;
  countryCode: string;
  countryName: string;
  periodStart: string;
  periodEnd: string;
  status: WorkplanStatus;
  approvedAt: string | null;
  createdAt: string;
}

const WORKPLAN_SELECT = `SELECT w.id, w.country_code AS "countryCode", c.name AS "countryName",
  w.period_start AS "periodStart", w.period_end AS "periodEnd", w.status,
  w.approved_at AS "approvedAt", w.created_at AS "createdAt"
  FROM workplan w JOIN country c ON c.code = w.country_code`;

export function findWorkplans(manager: EntityManager, where: Where): Promise<WorkplanRow[]> {
  return selectRows<WorkplanRow>(
    manager,
    `${WORKPLAN_SELECT} ${where} ORDER BY w.period_start DESC, w.country_code, w.created_at, w.id`,
    where.params,
  );
}

export function findWorkplan(manager: EntityManager, where: Where): Promise<WorkplanRow | null> {
  return selectOne<WorkplanRow>(manager, `${WORKPLAN_SELECT} ${where}`, where.params);
}

/** Holds the workplan row: two approvals (or an approval and an edit) run one after the other. */
export function lockWorkplan(manager: EntityManager, id: string): Promise<WorkplanRow | null> {
  return selectOne<WorkplanRow>(manager, `${WORKPLAN_SELECT} WHERE w.id = $1 FOR UPDATE OF w`, [id]);
}

export async function insertWorkplan(
  manager: EntityManager,
  input: { countryCode: string; periodStart: string; periodEnd: string; createdById: string; now: Date },
): Promise<string> {
  // Created at the application's clock: coverage finds the assessments a proposal read by this instant.
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO workplan (country_code, period_start, period_end, status, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, 'draft', $4, $5, $5) RETURNING id`,
    [input.countryCode, input.periodStart, input.periodEnd, input.createdById, input.now],
  );
  return row!.id;
}

export async function markWorkplanApproved(manager: EntityManager, id: string, userId: string, at: Date) {
  await affectedRows(
    manager,
    `UPDATE workplan SET status = 'approved', approved_at = $2, approved_by = $3, version = version + 1, updated_at = now() WHERE id = $1`,
    [id, at, userId],
  );
}

export interface PlanLineRow {
  id: string;
  workplanId: string;
  policeUnitId: string;
  policeUnitName: string;
  courseId: string;
  courseTitle: string;
  competencyId: string | null;
  quarter: string;
  officers: number;
  deliveryMode: DeliveryMode;
  language: string;
  reason: PlanLineReason | null;
  selfPaced: boolean;
  trainingRequestId: string | null;
  cohortId: string | null;
}

const LINE_SELECT = `SELECT l.id, l.workplan_id AS "workplanId", l.police_unit_id AS "policeUnitId", u.name AS "policeUnitName",
  l.course_id AS "courseId", k.title AS "courseTitle", l.competency_id AS "competencyId", l.quarter, l.officers,
  l.delivery_mode AS "deliveryMode", l.language, l.priority_explanation AS reason,
  (l.delivery_mode = 'online' AND k.level = 'foundation') AS "selfPaced", l.training_request_id AS "trainingRequestId", l.cohort_id AS "cohortId"
  FROM plan_line l JOIN police_unit u ON u.id = l.police_unit_id JOIN course k ON k.id = l.course_id`;

export function findPlanLines(manager: EntityManager, workplanId: string): Promise<PlanLineRow[]> {
  return selectRows<PlanLineRow>(
    manager,
    `${LINE_SELECT} WHERE l.workplan_id = $1 ORDER BY l.quarter, l.police_unit_id, l.course_id, l.id`,
    [workplanId],
  );
}

export function findPlanLine(manager: EntityManager, workplanId: string, id: string): Promise<PlanLineRow | null> {
  return selectOne<PlanLineRow>(manager, `${LINE_SELECT} WHERE l.workplan_id = $1 AND l.id = $2`, [workplanId, id]);
}

export async function insertPlanLines(manager: EntityManager, workplanId: string, lines: readonly ProposedLine[]) {
  for (const line of lines) await insertPlanLine(manager, workplanId, line);
}

export async function insertPlanLine(
  manager: EntityManager,
  workplanId: string,
  line: Omit<ProposedLine, 'reason' | 'competencyId'> & { competencyId: string | null; reason: PlanLineReason | null },
): Promise<string> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO plan_line (workplan_id, police_unit_id, course_id, competency_id, quarter, officers, delivery_mode, language, priority_explanation)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      workplanId,
      line.policeUnitId,
      line.courseId,
      line.competencyId,
      line.quarter,
      line.officers,
      line.deliveryMode,
      line.language,
      line.reason === null ? null : JSON.stringify(line.reason),
    ],
  );
  return row!.id;
}

export async function updatePlanLine(
  manager: EntityManager,
  id: string,
  change: { quarter: string; officers: number; deliveryMode: DeliveryMode; language: string; policeUnitId: string },
): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE plan_line SET quarter = $2, officers = $3, delivery_mode = $4, language = $5, police_unit_id = $6,
       updated_at = now() WHERE id = $1`,
    [id, change.quarter, change.officers, change.deliveryMode, change.language, change.policeUnitId],
  );
}

export function deletePlanLine(manager: EntityManager, id: string): Promise<number> {
  return affectedRows(manager, `DELETE FROM plan_line WHERE id = $1`, [id]);
}

/** Lines of the plan not yet delivered, in a fixed order (the order approval raises them in). */
export function lockUndeliveredLines(manager: EntityManager, workplanId: string): Promise<PlanLineRow[]> {
  return selectRows<PlanLineRow>(
    manager,
    `${LINE_SELECT} WHERE l.workplan_id = $1 AND l.training_request_id IS NULL AND l.cohort_id IS NULL
     ORDER BY l.quarter, l.police_unit_id, l.course_id, l.id FOR UPDATE OF l`,
    [workplanId],
  );
}

export async function setLineDelivery(
  manager: EntityManager,
  id: string,
  delivery: { trainingRequestId: string | null; cohortId: string | null },
) {
  await affectedRows(manager, `UPDATE plan_line SET training_request_id = $2, cohort_id = $3 WHERE id = $1`, [
    id,
    delivery.trainingRequestId,
    delivery.cohortId,
  ]);
}

/** The admin-set weight of a country, or its default: 4 for a hotspot, 2 otherwise. */
export async function countryPriority(
  manager: EntityManager,
  countryCode: string,
): Promise<{ countryCode: string; name: string; hotspot: boolean; weight: number; set: boolean } | null> {
  return selectOne(
    manager,
    `SELECT c.code AS "countryCode", c.name, c.hotspot, COALESCE(p.weight, CASE WHEN c.hotspot THEN 4 ELSE 2 END)::int AS weight,
            p.country_code IS NOT NULL AS set
     FROM country c LEFT JOIN country_priority p ON p.country_code = c.code WHERE c.code = $1`,
    [countryCode],
  );
}

export function countryPriorities(manager: EntityManager) {
  return selectRows<{ countryCode: string; name: string; hotspot: boolean; weight: number; set: boolean }>(
    manager,
    `SELECT c.code AS "countryCode", c.name, c.hotspot, COALESCE(p.weight, CASE WHEN c.hotspot THEN 4 ELSE 2 END)::int AS weight,
            p.country_code IS NOT NULL AS set
     FROM country c LEFT JOIN country_priority p ON p.country_code = c.code ORDER BY c.code`,
  );
}

export async function upsertCountryPriority(
  manager: EntityManager,
  countryCode: string,
  weight: number,
  userId: string,
) {
  await selectRows(
    manager,
    `INSERT INTO country_priority (country_code, weight, updated_by) VALUES ($1, $2, $3)
     ON CONFLICT (country_code) DO UPDATE SET weight = EXCLUDED.weight, updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING country_code`,
    [countryCode, weight, userId],
  );
}

/**
 * The gaps of the country's latest approved needs assessment of each unit. Per competency role and each
 * competency it requires: when the unit's current level is below the required one, every officer the role
 * needs is a gap; otherwise only those needed beyond the officers it has. Each gap goes to one published course
 * giving the competency at (at least) the required level: the lowest such level, then the course code.
 */
export function findCountryGaps(manager: EntityManager, countryCode: string): Promise<PlanGap[]> {
  return selectRows<PlanGap>(
    manager,
    `WITH latest AS (
       SELECT DISTINCT ON (a.police_unit_id) a.id, a.police_unit_id
       FROM needs_assessment a JOIN police_unit u ON u.id = a.police_unit_id
       WHERE u.country_code = $1 AND a.status = 'approved'
       ORDER BY a.police_unit_id, a.assessed_on DESC, a.reviewed_at DESC NULLS LAST, a.id
     ), gap AS (
       SELECT DISTINCT ON (l.police_unit_id, r.competency_role_id, rc.competency_id)
              l.police_unit_id, r.competency_role_id, rc.competency_id,
              (CASE WHEN COALESCE(lv.current_level, 0) < rc.required_level THEN r.officers_needed
                    ELSE GREATEST(r.officers_needed - r.officers_now, 0) END)::int AS officers,
              k.id AS course_id, k.level AS course_level, k.languages AS course_languages
       FROM latest l
       JOIN needs_assessment_role r ON r.needs_assessment_id = l.id
       JOIN competency_role_competency rc ON rc.competency_role_id = r.competency_role_id
       LEFT JOIN needs_assessment_level lv ON lv.needs_assessment_id = l.id AND lv.competency_id = rc.competency_id
       JOIN course_competency cc ON cc.competency_id = rc.competency_id AND cc.level >= rc.required_level
       JOIN course k ON k.id = cc.course_id AND k.status = 'published'
       ORDER BY l.police_unit_id, r.competency_role_id, rc.competency_id, cc.level, k.code, k.id
     )
     SELECT police_unit_id AS "policeUnitId", competency_role_id AS "competencyRoleId", competency_id AS "competencyId",
            officers, course_id AS "courseId", course_level AS "courseLevel", course_languages AS "courseLanguages"
     FROM gap WHERE officers > 0
     ORDER BY police_unit_id, competency_role_id, competency_id`,
    [countryCode],
  );
}

export interface PlanLineProgressRow {
  id: string;
  policeUnitId: string;
  courseId: string;
  quarter: string;
  target: number;
  requestsRaised: number;
  requestsFilled: number;
  requestStatus: TrainingRequestStatus | null;
  cohortsHeld: number;
  officersTrained: number;
  officersCertified: number;
}

/**
 * Per plan line: its request raised and filled, its cohort held (running or completed), officers who
 * completed that cohort, and those of them certified by a programme the line's course counts toward since
 * the cohort started.
 */
export function planLineProgress(manager: EntityManager, where: Where): Promise<PlanLineProgressRow[]> {
  return selectRows<PlanLineProgressRow>(
    manager,
    `SELECT l.id, l.police_unit_id AS "policeUnitId", l.course_id AS "courseId", l.quarter, l.officers AS target,
       (l.training_request_id IS NOT NULL)::int AS "requestsRaised",
       COALESCE((r.status = 'assigned')::int, 0) AS "requestsFilled",
       r.status AS "requestStatus",
       COALESCE((c.status IN ('running', 'completed'))::int, 0) AS "cohortsHeld",
       (SELECT count(DISTINCT e.officer_id)::int FROM enrolment e WHERE e.cohort_id = c.id AND e.status = 'completed') AS "officersTrained",
       (SELECT count(DISTINCT e.officer_id)::int FROM enrolment e
          WHERE e.cohort_id = c.id AND e.status = 'completed' AND EXISTS (
            SELECT 1 FROM certification z JOIN certification_programme p ON p.id = z.programme_id
            WHERE z.holder_id = e.officer_id AND z.status = 'active' AND l.course_id = ANY (p.course_ids)
              AND z.issued_at >= c.starts_at)) AS "officersCertified"
     FROM plan_line l
     JOIN workplan w ON w.id = l.workplan_id
     JOIN police_unit u ON u.id = l.police_unit_id
     LEFT JOIN training_request r ON r.id = l.training_request_id
     LEFT JOIN cohort c ON c.id = COALESCE(l.cohort_id, r.cohort_id)
     ${where}
     ORDER BY l.quarter, l.police_unit_id, l.course_id, l.id`,
    where.params,
  );
}

export interface CourseFacts {
  id: string;
  level: CourseLevel;
  languages: string[];
  status: string;
}

export function findCourseFacts(manager: EntityManager, id: string): Promise<CourseFacts | null> {
  return selectOne<CourseFacts>(manager, `SELECT id, level, languages, status FROM course WHERE id = $1`, [id]);
}

export function unitCountry(manager: EntityManager, policeUnitId: string): Promise<{ countryCode: string } | null> {
  return selectOne(manager, `SELECT country_code AS "countryCode" FROM police_unit WHERE id = $1`, [policeUnitId]);
}

export interface DemandRow {
  countryCode: string;
  quarter: string;
  courseId: string;
  courseTitle: string;
  officers: number;
  requests: number;
}

/**
 * Approved plans' instructor-led lines for courses some trainer of the firm teaches (every firm: null), summed
 * by country, quarter and course: no unit appears. Across every firm (admins), the supply also counts local
 * trainers qualified now for the course in the plan's own country (the only one they deliver in); a firm's
 * demand is its experts' alone.
 */
export function firmDemand(manager: EntityManager, firmId: string | null, now: Date): Promise<DemandRow[]> {
  return selectRows<DemandRow>(
    manager,
    `SELECT w.country_code AS "countryCode", l.quarter, l.course_id AS "courseId", k.title AS "courseTitle",
            sum(l.officers)::int AS officers, count(l.training_request_id)::int AS requests
     FROM plan_line l JOIN workplan w ON w.id = l.workplan_id AND w.status = 'approved'
     JOIN course k ON k.id = l.course_id
     WHERE NOT (l.delivery_mode = 'online' AND k.level = 'foundation')
       AND EXISTS (SELECT 1 FROM trainer_profile p JOIN app_user t ON t.id = p.user_id
                   WHERE l.course_id = ANY (p.course_ids) AND t.disabled_at IS NULL
                     AND ((t.role = 'trainer' AND ($1::uuid IS NULL OR t.member_firm_id = $1))
                       OR ($1::uuid IS NULL AND t.role IN ('officer', 'coordinator')
                           AND p.country_codes @> ARRAY[w.country_code]::char(2)[]
                           AND ${liveLocalQualificationSql('l.course_id', '$2::timestamptz')})))
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 4, 3`,
    [firmId, now],
  );
}

export interface PlanUnitAssessmentRow {
  policeUnitId: string;
  policeUnitName: string;
  needsAssessmentId: string | null;
  assessedOn: string | null;
}

/**
 * The units with lines in the plan (those `where` lets through, on `l` and `w`), each with the needs assessment the
 * plan was proposed from: its latest approved one when the plan was created (`findCountryGaps`' order) — approved
 * by then (or with no review time, as seeded ones) and describing a day no later than the plan's creation day
 * (UTC; the day after, for time zones east of UTC, as an assessment may be dated). An assessment approved since
 * does not change the plan's "before".
 */
export function planUnitAssessments(manager: EntityManager, where: Where): Promise<PlanUnitAssessmentRow[]> {
  return selectRows<PlanUnitAssessmentRow>(
    manager,
    `SELECT u.id AS "policeUnitId", u.name AS "policeUnitName", a.id AS "needsAssessmentId",
            to_char(a.assessed_on, 'YYYY-MM-DD') AS "assessedOn"
     FROM (SELECT DISTINCT l.police_unit_id, w.created_at FROM plan_line l JOIN workplan w ON w.id = l.workplan_id ${where}) pl
     JOIN police_unit u ON u.id = pl.police_unit_id
     LEFT JOIN LATERAL (
       SELECT a.id, a.assessed_on FROM needs_assessment a
        WHERE a.police_unit_id = u.id AND a.status = 'approved'
          AND a.assessed_on <= (pl.created_at AT TIME ZONE 'UTC')::date + 1
          AND (a.reviewed_at IS NULL OR a.reviewed_at <= pl.created_at)
       ORDER BY a.assessed_on DESC, a.reviewed_at DESC NULLS LAST, a.id LIMIT 1) a ON true
     ORDER BY u.name, u.id`,
    where.params,
  );
}

export interface AssessmentRoleRow {
  needsAssessmentId: string;
  competencyRoleId: string;
  name: string;
  officersNeeded: number;
}

/** The competency roles the assessments record, in the framework's order. */
export function assessmentRoles(manager: EntityManager, ids: readonly string[]): Promise<AssessmentRoleRow[]> {
  return selectRows<AssessmentRoleRow>(
    manager,
    `SELECT r.needs_assessment_id AS "needsAssessmentId", r.competency_role_id AS "competencyRoleId", cr.name,
            r.officers_needed AS "officersNeeded"
     FROM needs_assessment_role r JOIN competency_role cr ON cr.id = r.competency_role_id
     WHERE r.needs_assessment_id = ANY ($1::uuid[]) ORDER BY cr.position, cr.key`,
    [ids],
  );
}
