import { EntityManager } from 'typeorm';
import {
  INFERENCE_SHARE,
  type CompetencyCategory,
  type CompetencyRoleSector,
  type LevelSource,
  type NeedsAssessmentStatus,
} from '@icspa/domain';
import { affectedRows, selectOne, selectRows, updateReturning } from '../../core/database/sql';
import type { Where } from '../../core/database/where';

export interface CompetencyRow {
  id: string;
  key: string;
  category: CompetencyCategory;
  name: string;
  description: string;
  revision: number;
  retiredAt: Date | null;
}

export interface CompetencyRoleRow {
  id: string;
  key: string;
  position: number;
  sector: CompetencyRoleSector;
  name: string;
  description: string;
  revision: number;
  requirements: { competencyId: string; level: number }[];
}

export interface CompetencyRevisionRow {
  revision: number;
  category: CompetencyCategory;
  name: string;
  description: string;
  changedBy: string | null;
  changedAt: Date;
}

export async function listCompetencies(manager: EntityManager): Promise<CompetencyRow[]> {
  return selectRows<CompetencyRow>(
    manager,
    `SELECT id, key, category, name, description, revision, retired_at AS "retiredAt"
       FROM competency ORDER BY array_position(ARRAY['management','technical','investigation']::text[], category::text), key`,
  );
}

export async function findCompetency(manager: EntityManager, id: string, lock = false): Promise<CompetencyRow | null> {
  return selectOne<CompetencyRow>(
    manager,
    `SELECT id, key, category, name, description, revision, retired_at AS "retiredAt"
       FROM competency WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
}

export async function listCompetencyRoles(manager: EntityManager): Promise<CompetencyRoleRow[]> {
  return selectRows<CompetencyRoleRow>(
    manager,
    `SELECT r.id, r.key, r.position, r.sector, r.name, r.description, r.revision,
            coalesce((SELECT jsonb_agg(jsonb_build_object('competencyId', rc.competency_id, 'level', rc.required_level)
                                       ORDER BY k.key)
                        FROM competency_role_competency rc JOIN competency k ON k.id = rc.competency_id
                       WHERE rc.competency_role_id = r.id), '[]'::jsonb) AS requirements
       FROM competency_role r WHERE r.retired_at IS NULL ORDER BY r.position, r.key`,
  );
}

export async function competencyRevisions(manager: EntityManager, id: string): Promise<CompetencyRevisionRow[]> {
  return selectRows<CompetencyRevisionRow>(
    manager,
    `SELECT revision, category, name, description, changed_by AS "changedBy", changed_at AS "changedAt"
       FROM competency_revision WHERE competency_id = $1 ORDER BY revision DESC`,
    [id],
  );
}

/** Inserts a competency and its first revision; null when the key is taken. */
export async function insertCompetency(
  manager: EntityManager,
  c: { key: string; category: CompetencyCategory; name: string; description: string },
  actorId: string | null,
  now: Date,
): Promise<string | null> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO competency (key, category, name, description) VALUES ($1, $2, $3, $4)
     ON CONFLICT (key) DO NOTHING RETURNING id`,
    [c.key, c.category, c.name, c.description],
  );
  if (!row) return null;
  await manager.query(
    `INSERT INTO competency_revision (competency_id, revision, category, name, description, changed_by, changed_at)
     VALUES ($1, 1, $2, $3, $4, $5, $6)`,
    [row.id, c.category, c.name, c.description, actorId, now],
  );
  return row.id;
}

/** A new version of a competency's text: bumps `revision` and keeps the version in `competency_revision`. */
export async function reviseCompetency(
  manager: EntityManager,
  id: string,
  next: { category: CompetencyCategory; name: string; description: string },
  actorId: string | null,
  now: Date,
): Promise<number> {
  const [row] = await updateReturning<{ revision: number }>(
    manager,
    `UPDATE competency SET category = $2, name = $3, description = $4, revision = revision + 1, updated_at = $5
      WHERE id = $1 RETURNING revision`,
    [id, next.category, next.name, next.description, now],
  );
  await manager.query(
    `INSERT INTO competency_revision (competency_id, revision, category, name, description, changed_by, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, row.revision, next.category, next.name, next.description, actorId, now],
  );
  return row.revision;
}

export async function replaceRoleRequirements(
  manager: EntityManager,
  roleId: string,
  requirements: { competencyId: string; level: number }[],
): Promise<void> {
  await manager.query(`DELETE FROM competency_role_competency WHERE competency_role_id = $1`, [roleId]);
  if (requirements.length)
    await manager.query(
      `INSERT INTO competency_role_competency (competency_role_id, competency_id, required_level)
       SELECT $1, c, l FROM unnest($2::uuid[], $3::smallint[]) AS t(c, l)`,
      [roleId, requirements.map((r) => r.competencyId), requirements.map((r) => r.level)],
    );
}

export async function updateRoleText(
  manager: EntityManager,
  roleId: string,
  text: { name: string; description: string },
  now: Date,
): Promise<void> {
  await manager.query(
    `UPDATE competency_role SET name = $2, description = $3, revision = revision + 1, updated_at = $4 WHERE id = $1`,
    [roleId, text.name, text.description, now],
  );
}

export async function findRoleText(
  manager: EntityManager,
  roleId: string,
): Promise<{ name: string; description: string } | null> {
  return selectOne(manager, `SELECT name, description FROM competency_role WHERE id = $1 FOR UPDATE`, [roleId]);
}

/** Which of `ids` are not live competencies. */
export async function unknownCompetencies(manager: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    manager,
    `SELECT i::text AS id FROM unnest($1::uuid[]) i WHERE NOT EXISTS (SELECT 1 FROM competency k WHERE k.id = i AND k.retired_at IS NULL)`,
    [ids],
  );
  return rows.map((r) => r.id);
}

export async function unknownRoles(manager: EntityManager, ids: string[]): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    manager,
    `SELECT i::text AS id FROM unnest($1::uuid[]) i WHERE NOT EXISTS (SELECT 1 FROM competency_role r WHERE r.id = i AND r.retired_at IS NULL)`,
    [ids],
  );
  return rows.map((r) => r.id);
}

/**
 * The first half of the inference, shared by every reader of officers' levels: given a relation
 * `scope (police_unit_id, at)` defined before it (`at` a timestamptz: the end of an assessment day, or the
 * application's "now"), the CTEs `officers (id, police_unit_id, at)` — the active officers and coordinators of each
 * unit, with its instant — and `per_officer (officer, competency_id, level)`: the highest level each holds a
 * competency at, from the courses they completed before `at` and the programmes they held a live (valid, unexpired,
 * unrevoked) certification in at that moment.
 */
const OFFICER_LEVELS = `officers AS (
       SELECT u.id, u.police_unit_id, s.at
         FROM scope s JOIN app_user u ON u.police_unit_id = s.police_unit_id
        WHERE u.role IN ('officer', 'coordinator') AND u.disabled_at IS NULL),
     held AS (
       SELECT e.officer_id AS officer, cc.competency_id, cc.level
         FROM officers o JOIN enrolment e ON e.officer_id = o.id JOIN course_competency cc ON cc.course_id = e.course_id
        WHERE e.status = 'completed' AND e.completed_at < o.at
       UNION ALL
       SELECT c.holder_id, pc.competency_id, pc.level
         FROM officers o JOIN certification c ON c.holder_id = o.id JOIN programme_competency pc ON pc.programme_id = c.programme_id
        WHERE c.valid_from <= o.at AND c.expires_at > o.at AND (c.revoked_at IS NULL OR c.revoked_at > o.at)),
     per_officer AS MATERIALIZED (SELECT officer, competency_id, max(level) AS level FROM held GROUP BY officer, competency_id)`;

/**
 * The inference rule (`INFERENCE_SHARE` in libs/domain, README "From needs to delivery"), in one statement:
 * per live competency, the highest level L (1–5) held by at least ceil(share × n) of the unit's n active
 * officers and coordinators, where an officer holds a competency at the highest level of the courses they
 * completed before the end of `asOf` and of the programmes they held a live certification in at that moment
 * (`OFFICER_LEVELS`).
 */
export async function inferUnitLevels(
  manager: EntityManager,
  policeUnitId: string,
  asOf: string,
  share = INFERENCE_SHARE,
): Promise<{ competencyId: string; revision: number; level: number }[]> {
  return selectRows(
    manager,
    `WITH scope AS (SELECT $1::uuid AS police_unit_id, (($2::date + 1)::timestamp AT TIME ZONE 'UTC') AS at),
     ${OFFICER_LEVELS},
     n AS (SELECT count(*)::int AS n FROM officers)
     SELECT k.id AS "competencyId", k.revision,
            coalesce((SELECT max(l) FROM generate_series(1, 5) l
                       WHERE n.n > 0 AND (SELECT count(*) FROM per_officer p WHERE p.competency_id = k.id AND p.level >= l)
                             >= greatest(ceil(n.n * $3::numeric), 1)), 0)::int AS level
       FROM competency k, n WHERE k.retired_at IS NULL ORDER BY k.key`,
    [policeUnitId, asOf, share],
  );
}

export interface RoleCoverageRow {
  policeUnitId: string;
  competencyRoleId: string;
  atLevel: number;
}

/**
 * Competency coverage: per unit (each at its own instant `at`) and each competency role of the unit's needs
 * assessment, how many of its active officers and coordinators hold every live competency the role requires at the
 * required level or above, by the inference's own per-officer levels (`OFFICER_LEVELS`).
 */
export function roleCoverage(
  manager: EntityManager,
  units: readonly { policeUnitId: string; at: Date; needsAssessmentId: string }[],
): Promise<RoleCoverageRow[]> {
  if (!units.length) return Promise.resolve([]);
  return selectRows<RoleCoverageRow>(
    manager,
    `WITH scope AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) AS s(police_unit_id, at, needs_assessment_id)),
     ${OFFICER_LEVELS}
     SELECT s.police_unit_id AS "policeUnitId", r.competency_role_id AS "competencyRoleId",
            (SELECT count(*)::int FROM officers o
              WHERE o.police_unit_id = s.police_unit_id AND NOT EXISTS (
                SELECT 1 FROM competency_role_competency rc JOIN competency k ON k.id = rc.competency_id AND k.retired_at IS NULL
                 WHERE rc.competency_role_id = r.competency_role_id AND NOT EXISTS (
                   SELECT 1 FROM per_officer p
                    WHERE p.officer = o.id AND p.competency_id = rc.competency_id AND p.level >= rc.required_level))) AS "atLevel"
       FROM scope s JOIN needs_assessment_role r ON r.needs_assessment_id = s.needs_assessment_id
      ORDER BY 1, 2`,
    [units.map((u) => u.policeUnitId), units.map((u) => u.at), units.map((u) => u.needsAssessmentId)],
  );
}

export interface NeedsAssessmentRow {
  id: string;
  policeUnitId: string;
  unitName: string;
  countryCode: string;
  status: NeedsAssessmentStatus;
  assessedOn: string;
  createdBy: string | null;
  submittedBy: string | null;
  submittedAt: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const ASSESSMENT_COLUMNS = `na.id, na.police_unit_id AS "policeUnitId", pu.name AS "unitName", pu.country_code AS "countryCode",
  na.status, to_char(na.assessed_on, 'YYYY-MM-DD') AS "assessedOn", na.created_by AS "createdBy",
  na.submitted_by AS "submittedBy", na.submitted_at AS "submittedAt", na.reviewed_by AS "reviewedBy",
  na.reviewed_at AS "reviewedAt", na.review_note AS "reviewNote", na.version, na.created_at AS "createdAt",
  na.updated_at AS "updatedAt"`;
const ASSESSMENT_FROM = `needs_assessment na JOIN police_unit pu ON pu.id = na.police_unit_id`;

export async function listNeedsAssessments(
  manager: EntityManager,
  where: Where,
  limit: number,
  offset: number,
): Promise<{ rows: NeedsAssessmentRow[]; total: number }> {
  const rows = await selectRows<NeedsAssessmentRow & { total: number }>(
    manager,
    `SELECT ${ASSESSMENT_COLUMNS}, count(*) OVER ()::int AS total FROM ${ASSESSMENT_FROM} ${where}
      ORDER BY na.assessed_on DESC, na.created_at DESC, na.id LIMIT ${where.param(limit)} OFFSET ${where.param(offset)}`,
    where.params,
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

export async function findNeedsAssessment(
  manager: EntityManager,
  where: Where,
  id: string,
): Promise<NeedsAssessmentRow | null> {
  where.add('na.id = ?', id);
  return selectOne<NeedsAssessmentRow>(
    manager,
    `SELECT ${ASSESSMENT_COLUMNS} FROM ${ASSESSMENT_FROM} ${where}`,
    where.params,
  );
}

export interface AssessmentRoleRow {
  competencyRoleId: string;
  officersNow: number;
  officersNeeded: number;
}
export interface AssessmentLevelRow {
  competencyId: string;
  competencyRevision: number;
  inferredLevel: number;
  currentLevel: number;
  source: LevelSource;
  /** The competency's name in the revision the level was recorded with. */
  nameThen: string;
}

export async function assessmentRoles(manager: EntityManager, id: string): Promise<AssessmentRoleRow[]> {
  return selectRows<AssessmentRoleRow>(
    manager,
    `SELECT ar.competency_role_id AS "competencyRoleId", ar.officers_now AS "officersNow", ar.officers_needed AS "officersNeeded"
       FROM needs_assessment_role ar JOIN competency_role r ON r.id = ar.competency_role_id
      WHERE ar.needs_assessment_id = $1 ORDER BY r.position`,
    [id],
  );
}

export async function assessmentLevels(manager: EntityManager, id: string): Promise<AssessmentLevelRow[]> {
  return selectRows<AssessmentLevelRow>(
    manager,
    `SELECT al.competency_id AS "competencyId", al.competency_revision AS "competencyRevision",
            al.inferred_level AS "inferredLevel", al.current_level AS "currentLevel", al.source,
            coalesce(cr.name, k.name) AS "nameThen"
       FROM needs_assessment_level al JOIN competency k ON k.id = al.competency_id
       LEFT JOIN competency_revision cr ON cr.competency_id = al.competency_id AND cr.revision = al.competency_revision
      WHERE al.needs_assessment_id = $1 ORDER BY k.key`,
    [id],
  );
}

/** A new draft with inferred levels; null when the unit already has an open assessment. */
export async function insertNeedsAssessment(
  manager: EntityManager,
  a: { policeUnitId: string; assessedOn: string; createdBy: string | null; now: Date },
  levels: { competencyId: string; revision: number; level: number }[],
): Promise<string | null> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO needs_assessment (police_unit_id, assessed_on, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $4)
     ON CONFLICT (police_unit_id) WHERE status IN ('draft', 'submitted', 'returned') DO NOTHING RETURNING id`,
    [a.policeUnitId, a.assessedOn, a.createdBy, a.now],
  );
  if (!row) return null;
  await manager.query(
    `INSERT INTO needs_assessment_level (needs_assessment_id, competency_id, competency_revision, inferred_level, current_level, source)
     SELECT $1, c, r, l, l, 'inferred' FROM unnest($2::uuid[], $3::int[], $4::smallint[]) AS t(c, r, l)`,
    [row.id, levels.map((l) => l.competencyId), levels.map((l) => l.revision), levels.map((l) => l.level)],
  );
  return row.id;
}

/** Locks an assessment's row for a write; its status and version. */
export async function lockNeedsAssessment(
  manager: EntityManager,
  id: string,
): Promise<{ status: NeedsAssessmentStatus; version: number; policeUnitId: string } | null> {
  return selectOne(
    manager,
    `SELECT status, version, police_unit_id AS "policeUnitId" FROM needs_assessment WHERE id = $1 FOR UPDATE`,
    [id],
  );
}

export async function saveAssessmentContent(
  manager: EntityManager,
  id: string,
  assessedOn: string | null,
  roles: AssessmentRoleRow[] | null,
  levels: { competencyId: string; currentLevel: number }[] | null,
  now: Date,
): Promise<void> {
  if (roles) {
    await manager.query(`DELETE FROM needs_assessment_role WHERE needs_assessment_id = $1`, [id]);
    if (roles.length)
      await manager.query(
        `INSERT INTO needs_assessment_role (needs_assessment_id, competency_role_id, officers_now, officers_needed)
         SELECT $1, r, n, d FROM unnest($2::uuid[], $3::int[], $4::int[]) AS t(r, n, d)`,
        [id, roles.map((r) => r.competencyRoleId), roles.map((r) => r.officersNow), roles.map((r) => r.officersNeeded)],
      );
  }
  if (levels?.length)
    await manager.query(
      `UPDATE needs_assessment_level al SET current_level = t.l,
              source = (CASE WHEN t.l = al.inferred_level THEN 'inferred' ELSE 'corrected' END)::competency_level_source
         FROM unnest($2::uuid[], $3::smallint[]) AS t(c, l)
        WHERE al.needs_assessment_id = $1 AND al.competency_id = t.c`,
      [id, levels.map((l) => l.competencyId), levels.map((l) => l.currentLevel)],
    );
  await affectedRows(
    manager,
    `UPDATE needs_assessment SET assessed_on = coalesce($2::date, assessed_on), version = version + 1, updated_at = $3 WHERE id = $1`,
    [id, assessedOn, now],
  );
}

/** Moves an assessment from one of `from` to `to`; false when it was in none of them (someone else moved it). */
export async function transitionAssessment(
  manager: EntityManager,
  id: string,
  from: readonly NeedsAssessmentStatus[],
  to: NeedsAssessmentStatus,
  actorId: string,
  now: Date,
  note: string | null = null,
): Promise<boolean> {
  const stamp =
    to === 'submitted'
      ? `submitted_by = $4, submitted_at = $5, reviewed_by = NULL, reviewed_at = NULL`
      : `reviewed_by = $4, reviewed_at = $5, review_note = $6`;
  const params: unknown[] = [id, from, to, actorId, now];
  if (to !== 'submitted') params.push(note);
  const rows = await updateReturning<{ id: string }>(
    manager,
    `UPDATE needs_assessment SET status = $3, ${stamp}, version = version + 1, updated_at = $5
      WHERE id = $1 AND status = ANY($2::needs_assessment_status[]) RETURNING id`,
    params,
  );
  return rows.length > 0;
}

export async function policeUnitExists(manager: EntityManager, id: string): Promise<boolean> {
  return (await selectOne(manager, `SELECT 1 FROM police_unit WHERE id = $1`, [id])) !== null;
}
