import { DataSource, EntityManager } from 'typeorm';
import { appNow } from '../../core/clock/clock';
import { inferUnitLevels, insertNeedsAssessment, saveAssessmentContent } from '../../modules/planning/planning.queries';
import {
  COMPETENCIES,
  COMPETENCY_ROLES,
  COUNTRY_PRIORITIES,
  COURSE_COMPETENCIES,
  NEEDS_ASSESSMENTS,
  PROGRAMME_COMPETENCIES,
  type Texts,
} from './data/competency-framework';
import { seedId } from './learning.seed';
import { publish } from './translations.seed';

const LOCALES = ['es', 'pt-BR', 'ru', 'uk', 'zh-CN'] as const;

async function publishTexts(manager: EntityManager, type: 'competency' | 'competency_role', id: string, text: Texts) {
  for (const locale of LOCALES)
    await publish(manager, type, id, locale, { name: text[locale][0], description: text[locale][1] });
}

/**
 * The competency framework (roles, competencies, their first revisions and six-language texts), what the seeded
 * courses and programmes give, admin-set country priorities. Keyed on natural keys: a second run adds nothing
 * and keeps admins' edits.
 */
export async function seedCompetencyFramework(manager: EntityManager): Promise<void> {
  const now = appNow();
  for (const c of COMPETENCIES) {
    const id = seedId(`competency:${c.key}`);
    const inserted = await manager.query(
      `INSERT INTO competency (id, key, category, name, description) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [id, c.key, c.category, c.text.en[0], c.text.en[1]],
    );
    if (!inserted.length) continue;
    await manager.query(
      `INSERT INTO competency_revision (competency_id, revision, category, name, description, changed_at)
       VALUES ($1, 1, $2, $3, $4, $5)`,
      [id, c.category, c.text.en[0], c.text.en[1], now],
    );
    await publishTexts(manager, 'competency', id, c.text);
  }
  for (const [position, r] of COMPETENCY_ROLES.entries()) {
    const id = seedId(`competency_role:${r.key}`);
    const inserted = await manager.query(
      `INSERT INTO competency_role (id, key, position, sector, name, description) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [id, r.key, position + 1, r.sector, r.text.en[0], r.text.en[1]],
    );
    if (!inserted.length) continue;
    for (const [key, level] of Object.entries(r.requires))
      await manager.query(
        `INSERT INTO competency_role_competency (competency_role_id, competency_id, required_level) VALUES ($1, $2, $3)`,
        [id, seedId(`competency:${key}`), level],
      );
    await publishTexts(manager, 'competency_role', id, r.text);
  }
  for (const [code, gives] of Object.entries(COURSE_COMPETENCIES))
    for (const [key, level] of Object.entries(gives))
      await manager.query(
        `INSERT INTO course_competency (course_id, competency_id, level)
         SELECT c.id, $2, $3 FROM course c WHERE c.code = $1 ON CONFLICT DO NOTHING`,
        [code, seedId(`competency:${key}`), level],
      );
  for (const [name, gives] of Object.entries(PROGRAMME_COMPETENCIES))
    for (const [key, level] of Object.entries(gives))
      await manager.query(
        `INSERT INTO programme_competency (programme_id, competency_id, level)
         SELECT p.id, $2, $3 FROM certification_programme p WHERE p.name = $1 ON CONFLICT DO NOTHING`,
        [name, seedId(`competency:${key}`), level],
      );
  for (const [country, weight] of Object.entries(COUNTRY_PRIORITIES))
    await manager.query(
      `INSERT INTO country_priority (country_code, weight) SELECT code, $2 FROM country WHERE code = $1 ON CONFLICT DO NOTHING`,
      [country, weight],
    );
}

/**
 * A few needs assessments of seeded units (after the training history, so their inferred levels reflect it):
 * written through the same queries as the API. Skipped for a unit that has any assessment.
 */
export async function seedNeedsAssessments(ds: DataSource, unitIds: Map<string, string>): Promise<number> {
  const admin = await ds.query(`SELECT id FROM app_user WHERE email = 'admin@icspa.test'`);
  const adminId: string | null = admin[0]?.id ?? null;
  let written = 0;
  for (const seed of NEEDS_ASSESSMENTS) {
    const unitId = unitIds.get(seed.unit);
    if (!unitId) continue;
    await ds.transaction(async (manager) => {
      const [{ any }] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM needs_assessment WHERE police_unit_id = $1) AS any`,
        [unitId],
      );
      if (any) return;
      const at = new Date(appNow().getTime() - seed.daysAgo * 86_400_000);
      const assessedOn = at.toISOString().slice(0, 10);
      const levels = await inferUnitLevels(manager, unitId, assessedOn);
      const id = await insertNeedsAssessment(
        manager,
        { policeUnitId: unitId, assessedOn, createdBy: adminId, now: at },
        levels,
      );
      if (!id) return;
      await saveAssessmentContent(
        manager,
        id,
        null,
        Object.entries(seed.roles).map(([key, [now, needed]]) => ({
          competencyRoleId: seedId(`competency_role:${key}`),
          officersNow: now,
          officersNeeded: needed,
        })),
        Object.entries(seed.corrections).map(([key, level]) => ({
          competencyId: seedId(`competency:${key}`),
          currentLevel: level,
        })),
        at,
      );
      await manager.query(
        `UPDATE needs_assessment SET status = $2::needs_assessment_status, submitted_by = $3, submitted_at = $4,
                reviewed_by = CASE WHEN $2::text = 'approved' THEN $3::uuid END,
                reviewed_at = CASE WHEN $2::text = 'approved' THEN $4::timestamptz + interval '3 days' END
          WHERE id = $1`,
        [id, seed.status, adminId, at],
      );
      written++;
    });
  }
  return written;
}
