import { EntityManager } from 'typeorm';
import { updateReturning, exists, selectOne, selectRows } from '../../core/database/sql';

export interface ProgrammeRow {
  id: string;
  name: string;
  description: string;
  course_ids: string[];
  required_count: number;
  validity_months: number;
  recertification_window_days: number;
  skills: string[];
  trainer_course_ids: string[];
}

export interface ProgrammeValues {
  name: string;
  description: string;
  courseIds: string[];
  requiredCount: number;
  validityMonths: number;
  recertificationWindowDays: number;
  skills: string[];
  trainerCourseIds: string[];
}

/** Null fields keep their value. */
export interface ProgrammeChanges {
  description: string | null;
  validityMonths: number | null;
  recertificationWindowDays: number | null;
  trainerCourseIds: string[] | null;
}

export async function countProgrammes(manager: EntityManager): Promise<number> {
  const row = await selectOne<{ total: number }>(manager, `SELECT count(*)::int AS total FROM certification_programme`);
  return row!.total;
}

export function listProgrammes(manager: EntityManager, limit: number, offset: number): Promise<ProgrammeRow[]> {
  return selectRows<ProgrammeRow>(manager, `SELECT * FROM certification_programme ORDER BY name LIMIT $1 OFFSET $2`, [
    limit,
    offset,
  ]);
}

export function findProgramme(manager: EntityManager, id: string): Promise<ProgrammeRow | null> {
  return selectOne<ProgrammeRow>(manager, `SELECT * FROM certification_programme WHERE id = $1`, [id]);
}

/** How many of these ids are courses. */
export async function countCourses(manager: EntityManager, courseIds: string[]): Promise<number> {
  const row = await selectOne<{ n: number }>(manager, `SELECT count(*)::int AS n FROM course WHERE id = ANY($1)`, [
    courseIds,
  ]);
  return row!.n;
}

export function programmeNameTaken(manager: EntityManager, name: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM certification_programme WHERE name = $1`, [name]);
}

/** Returns the new programme's id. */
export async function insertProgramme(manager: EntityManager, p: ProgrammeValues): Promise<string> {
  const row = await selectOne<{ id: string }>(
    manager,
    `INSERT INTO certification_programme (name, description, course_ids, required_count, validity_months, recertification_window_days, skills, trainer_course_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      p.name,
      p.description,
      p.courseIds,
      p.requiredCount,
      p.validityMonths,
      p.recertificationWindowDays,
      p.skills,
      p.trainerCourseIds,
    ],
  );
  return row!.id;
}

/** False when there is no such programme. */
/**
 * Applies the changes; null when there is no such programme, else whether its translatable text changed
 * (its `revision` is then bumped in the same statement).
 */
export async function updateProgramme(
  manager: EntityManager,
  id: string,
  c: ProgrammeChanges,
): Promise<{ textChanged: boolean } | null> {
  const rows = await updateReturning<{ textChanged: boolean }>(
    manager,
    `UPDATE certification_programme p SET description = coalesce($2, p.description), validity_months = coalesce($3, p.validity_months),
            recertification_window_days = coalesce($4, p.recertification_window_days),
            trainer_course_ids = coalesce($5::uuid[], p.trainer_course_ids), updated_at = now(),
            revision = p.revision + CASE WHEN $2::text IS NOT NULL AND $2::text <> o.old THEN 1 ELSE 0 END
       FROM (SELECT id, description AS old FROM certification_programme WHERE id = $1 FOR UPDATE) o
      WHERE p.id = o.id RETURNING ($2::text IS NOT NULL AND $2::text <> o.old) AS "textChanged"`,
    [id, c.description, c.validityMonths, c.recertificationWindowDays, c.trainerCourseIds],
  );
  return rows[0] ?? null;
}

/** Officers with a completed enrolment in any of these courses. */
export async function officersWhoCompletedAny(manager: EntityManager, courseIds: string[]): Promise<string[]> {
  const rows = await selectRows<{ officer_id: string }>(
    manager,
    `SELECT DISTINCT officer_id FROM enrolment WHERE status = 'completed' AND course_id = ANY($1)`,
    [courseIds],
  );
  return rows.map((r) => r.officer_id);
}
