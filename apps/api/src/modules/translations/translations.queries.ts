import { EntityManager } from 'typeorm';
import type { TranslationEntity, TranslationStatus } from '@icspa/domain';
import { affectedRows, exists, selectOne, selectRows, updateReturning } from '../../core/database/sql';
import type { TranslationFields } from './translation.entity';

/** A content locale as lists show it. */
export interface ContentLocaleRow {
  code: string;
  name: string;
  searchConfig: string | null;
}

/** The source text of one translatable entity, with what a translation records of it. */
export interface SourceRow {
  id: string;
  fields: TranslationFields;
  revision: number;
  courseId: string | null;
  sourceLocale: string;
}

/** A stored translation, as reads use it. */
export interface TranslationRow {
  id: string;
  entityType: TranslationEntity;
  entityId: string;
  courseId: string | null;
  locale: string;
  fields: TranslationFields;
  status: TranslationStatus;
  sourceFields: TranslationFields;
  sourceRevision: number;
  outdatedSince: Date | null;
  updatedAt: Date;
  publishedAt: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The translatable entities of a course `c` (as `t`, `eid`), for coverage conditions. */
const ENTITIES_OF_COURSE = `
  SELECT 'course'::translation_entity AS t, c.id::text AS eid
  UNION ALL SELECT 'course_module'::translation_entity, m.id::text FROM course_module m WHERE m.course_id = c.id
  UNION ALL SELECT 'lesson'::translation_entity, l.id::text
              FROM lesson l JOIN course_module m ON m.id = l.module_id WHERE m.course_id = c.id
  UNION ALL SELECT 'question'::translation_entity, q.id::text
              FROM question q JOIN assessment a ON a.id = q.assessment_id WHERE a.course_id = c.id`;

/** Statuses learners are shown, as SQL. */
const SHOWN = `('published', 'outdated')`;

/**
 * SQL on `course c` giving one row: `locales`, the locales other than its source that the course can be read
 * whole in, sorted. Counted rather than searched for a missing string: each locale's shown translations of the
 * course's entities (at most one per entity and locale, the unique key) against the number of entities.
 */
export const AVAILABLE_LOCALES_OF_COURSE = `
  SELECT coalesce(array_agg(s.locale ORDER BY s.locale), '{}')::text[] AS locales
    FROM (SELECT tr.locale, count(*) AS k FROM (${ENTITIES_OF_COURSE}) e
            JOIN translation tr ON tr.entity_type = e.t AND tr.entity_id = e.eid AND tr.status IN ${SHOWN}
           WHERE tr.locale <> c.source_locale
           GROUP BY tr.locale) s
   WHERE s.k = (SELECT count(*) FROM (${ENTITIES_OF_COURSE}) n)`;

/**
 * A condition on `course c` with one `?`: the course can be read whole in that locale (it is its source
 * language, or every translatable entity of it has a published or outdated translation in it).
 */
export const AVAILABLE_IN_CONDITION = `EXISTS (SELECT 1 FROM (SELECT ?::varchar AS loc) p WHERE c.source_locale = p.loc
  OR NOT EXISTS (SELECT 1 FROM (${ENTITIES_OF_COURSE}) e WHERE NOT EXISTS (
    SELECT 1 FROM translation tr WHERE tr.entity_type = e.t AND tr.entity_id = e.eid AND tr.locale = p.loc
       AND tr.status IN ${SHOWN})))`;

const SOURCE_SQL: Record<Exclude<TranslationEntity, 'topic'>, string> = {
  course: `SELECT c.id, jsonb_build_object('title', c.title, 'summary', c.summary) AS fields, c.revision,
                  c.id AS "courseId", c.source_locale AS "sourceLocale"
             FROM course c WHERE c.id = ANY($1::uuid[])`,
  course_module: `SELECT m.id, jsonb_build_object('title', m.title) AS fields, m.revision,
                         m.course_id AS "courseId", c.source_locale AS "sourceLocale"
                    FROM course_module m JOIN course c ON c.id = m.course_id WHERE m.id = ANY($1::uuid[])`,
  lesson: `SELECT l.id, jsonb_build_object('title', l.title, 'body', l.body) AS fields, l.revision,
                  m.course_id AS "courseId", c.source_locale AS "sourceLocale"
             FROM lesson l JOIN course_module m ON m.id = l.module_id JOIN course c ON c.id = m.course_id
            WHERE l.id = ANY($1::uuid[])`,
  question: `SELECT q.id, jsonb_build_object('prompt', q.prompt, 'options',
                    (SELECT coalesce(jsonb_object_agg(o->>'id', o->>'text'), '{}'::jsonb) FROM jsonb_array_elements(q.options) o))
                    AS fields, q.revision, a.course_id AS "courseId", c.source_locale AS "sourceLocale"
               FROM question q JOIN assessment a ON a.id = q.assessment_id JOIN course c ON c.id = a.course_id
              WHERE q.id = ANY($1::uuid[])`,
  certification_programme: `SELECT p.id, jsonb_build_object('name', p.name, 'description', p.description) AS fields,
                                   p.revision, NULL AS "courseId", p.source_locale AS "sourceLocale"
                              FROM certification_programme p WHERE p.id = ANY($1::uuid[])`,
  competency_role: `SELECT r.id, jsonb_build_object('name', r.name, 'description', r.description) AS fields,
                           r.revision, NULL AS "courseId", 'en' AS "sourceLocale"
                      FROM competency_role r WHERE r.id = ANY($1::uuid[])`,
  competency: `SELECT k.id, jsonb_build_object('name', k.name, 'description', k.description) AS fields,
                      k.revision, NULL AS "courseId", 'en' AS "sourceLocale"
                 FROM competency k WHERE k.id = ANY($1::uuid[])`,
};

/**
 * The source text of entities by id. A topic's source is its tag (its labels live in the portal's locale
 * files); it exists while a course or programme names it.
 */
export async function sourcesOf(
  manager: EntityManager,
  entityType: TranslationEntity,
  ids: string[],
): Promise<SourceRow[]> {
  if (entityType === 'topic') {
    const rows = await selectRows<{ tag: string }>(
      manager,
      `SELECT DISTINCT t AS tag FROM (SELECT unnest(topics) t FROM course UNION SELECT unnest(skills) FROM certification_programme) x
        WHERE t = ANY($1::text[])`,
      [ids],
    );
    return rows.map((r) => ({ id: r.tag, fields: { label: r.tag }, revision: 1, courseId: null, sourceLocale: 'en' }));
  }
  const valid = ids.filter((id) => UUID.test(id));
  if (valid.length === 0) return [];
  return selectRows<SourceRow>(manager, SOURCE_SQL[entityType], [valid]);
}

/** Translations of entities in any of `locales`, those learners are shown only when `shownOnly`. */
export function translationsOf(
  manager: EntityManager,
  entityType: TranslationEntity,
  ids: string[],
  locales: string[],
  shownOnly: boolean,
): Promise<TranslationRow[]> {
  return selectRows<TranslationRow>(
    manager,
    `${TRANSLATION_SELECT} WHERE entity_type = $1 AND entity_id = ANY($2::text[]) AND locale = ANY($3::text[])
       ${shownOnly ? `AND status IN ${SHOWN}` : ''}`,
    [entityType, ids, locales],
  );
}

const TRANSLATION_SELECT = `SELECT id, entity_type AS "entityType", entity_id AS "entityId", course_id AS "courseId", locale,
  fields, status, source_fields AS "sourceFields", source_revision AS "sourceRevision",
  outdated_since AS "outdatedSince", updated_at AS "updatedAt", published_at AS "publishedAt" FROM translation`;

export function findTranslation(
  manager: EntityManager,
  entityType: TranslationEntity,
  entityId: string,
  locale: string,
  forUpdate = false,
): Promise<TranslationRow | null> {
  return selectOne<TranslationRow>(
    manager,
    `${TRANSLATION_SELECT} WHERE entity_type = $1 AND entity_id = $2 AND locale = $3${forUpdate ? ' FOR UPDATE' : ''}`,
    [entityType, entityId, locale],
  );
}

/** Saves a draft (a new one, or over whatever was there: a published text being revised goes back to draft). */
export async function upsertDraft(
  manager: EntityManager,
  row: {
    entityType: TranslationEntity;
    entityId: string;
    courseId: string | null;
    locale: string;
    fields: TranslationFields;
    sourceFields: TranslationFields;
    sourceRevision: number;
    updatedBy: string | null;
    now: Date;
  },
): Promise<TranslationRow> {
  await selectRows<{ id: string }>(
    manager,
    `INSERT INTO translation (entity_type, entity_id, course_id, locale, fields, status, source_fields, source_revision,
                              outdated_since, updated_by, updated_at, published_at)
     VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, NULL, $8, $9, NULL)
     ON CONFLICT (entity_type, entity_id, locale) DO UPDATE SET fields = EXCLUDED.fields, status = 'draft',
       source_fields = EXCLUDED.source_fields, source_revision = EXCLUDED.source_revision, outdated_since = NULL,
       updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at, course_id = EXCLUDED.course_id
     RETURNING id`,
    [
      row.entityType,
      row.entityId,
      row.courseId,
      row.locale,
      JSON.stringify(row.fields),
      JSON.stringify(row.sourceFields),
      row.sourceRevision,
      row.updatedBy,
      row.now,
    ],
  );
  return (await findTranslation(manager, row.entityType, row.entityId, row.locale))!;
}

/** Publishes a translation as it stands (a published one again: its `published_at` moves on). */
/**
 * Publishes a translation. One made from an older revision of its source than `currentRevision` (the
 * source changed since the draft was saved), or already `outdated`, is published as `outdated`: shown
 * with the note, since the source moved on (`outdated_since` kept when set, else `now`).
 */
export async function publishTranslation(
  manager: EntityManager,
  id: string,
  updatedBy: string | null,
  now: Date,
  currentRevision: number,
): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE translation SET published_at = $2, updated_at = $2, updated_by = $3,
            status = CASE WHEN status = 'outdated' OR source_revision <> $4 THEN 'outdated' ELSE 'published' END::translation_status,
            outdated_since = CASE WHEN status = 'outdated' OR source_revision <> $4 THEN COALESCE(outdated_since, $2) END
      WHERE id = $1`,
    [id, now, updatedBy, currentRevision],
  );
}

const SOURCE_TABLE: Record<Exclude<TranslationEntity, 'topic'>, string> = {
  course: 'course',
  course_module: 'course_module',
  lesson: 'lesson',
  question: 'question',
  certification_programme: 'certification_programme',
  competency_role: 'competency_role',
  competency: 'competency',
};

/**
 * The current revision of an entity's source, its row read `FOR SHARE` (a concurrent edit of the source
 * waits for the caller's transaction, or is seen); null when there is no such source. A topic is always 1.
 */
export async function lockSourceRevision(
  manager: EntityManager,
  entityType: TranslationEntity,
  entityId: string,
): Promise<number | null> {
  if (entityType === 'topic') return (await sourcesOf(manager, entityType, [entityId])).length ? 1 : null;
  if (!UUID.test(entityId)) return null;
  const row = await selectOne<{ revision: number }>(
    manager,
    `SELECT revision FROM ${SOURCE_TABLE[entityType]} WHERE id = $1 FOR SHARE`,
    [entityId],
  );
  return row ? Number(row.revision) : null;
}

/**
 * The source of an entity changed: its published translations become `outdated` since `now` (still
 * shown, with a note); drafts stay drafts. Run it in the transaction that changes the source.
 * Returns the locales marked.
 */
export async function markTranslationsOutdated(
  manager: EntityManager,
  entityType: TranslationEntity,
  entityId: string,
  now: Date,
): Promise<string[]> {
  const rows = await updateReturning<{ locale: string }>(
    manager,
    `UPDATE translation SET status = 'outdated', outdated_since = $3
      WHERE entity_type = $1 AND entity_id = $2 AND status = 'published' RETURNING locale`,
    [entityType, entityId, now],
  );
  return rows.map((r) => r.locale);
}

/** Every translatable entity of a course (course, modules, lessons, questions) with its source, in reading order. */
export async function courseSources(
  manager: EntityManager,
  courseId: string,
): Promise<Array<SourceRow & { entityType: TranslationEntity }>> {
  const out: Array<SourceRow & { entityType: TranslationEntity }> = [];
  const ids = async (sql: string) => (await selectRows<{ id: string }>(manager, sql, [courseId])).map((r) => r.id);
  const moduleIds = await ids(`SELECT id FROM course_module WHERE course_id = $1 ORDER BY position`);
  const lessonIds = await ids(
    `SELECT l.id FROM lesson l JOIN course_module m ON m.id = l.module_id WHERE m.course_id = $1 ORDER BY m.position, l.position`,
  );
  const questionIds = await ids(
    `SELECT q.id FROM question q JOIN assessment a ON a.id = q.assessment_id WHERE a.course_id = $1 ORDER BY q.prompt, q.id`,
  );
  for (const [type, list] of [
    ['course', [courseId]],
    ['course_module', moduleIds],
    ['lesson', lessonIds],
    ['question', questionIds],
  ] as const) {
    const rows = await sourcesOf(manager, type, [...list]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of list) if (byId.has(id)) out.push({ ...byId.get(id)!, entityType: type });
  }
  return out;
}

/** Every translation of a course's entities in one locale. */
export function courseTranslations(
  manager: EntityManager,
  courseId: string,
  locale: string,
): Promise<TranslationRow[]> {
  return selectRows<TranslationRow>(manager, `${TRANSLATION_SELECT} WHERE course_id = $1 AND locale = $2`, [
    courseId,
    locale,
  ]);
}

/** For each course, the locales it can be read whole in (its source language first). */
export async function fullyAvailableLocales(
  manager: EntityManager,
  courseIds: string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (courseIds.length === 0) return result;
  const rows = await selectRows<{ courseId: string; sourceLocale: string; locales: string[] }>(
    manager,
    `SELECT c.id AS "courseId", c.source_locale AS "sourceLocale", av.locales
       FROM course c CROSS JOIN LATERAL (${AVAILABLE_LOCALES_OF_COURSE}) av WHERE c.id = ANY($1::uuid[])`,
    [courseIds],
  );
  for (const r of rows) result.set(r.courseId, [r.sourceLocale, ...r.locales]);
  return result;
}

export function listContentLocales(manager: EntityManager): Promise<ContentLocaleRow[]> {
  return selectRows<ContentLocaleRow>(
    manager,
    `SELECT code, name, search_config AS "searchConfig" FROM content_locale ORDER BY created_at, code`,
  );
}

/** Whether a content locale exists (also the scope check of a `translate` grant, in identity). */
export function contentLocaleExists(manager: EntityManager, code: string): Promise<boolean> {
  return exists(manager, `SELECT 1 FROM content_locale WHERE code = $1`, [code]);
}

/** Adds a locale; false when the code (in any letter case) is taken. */
export async function insertContentLocale(manager: EntityManager, code: string, name: string): Promise<boolean> {
  const rows = await selectRows<{ code: string }>(
    manager,
    `INSERT INTO content_locale (code, name, search_config)
     SELECT $1::varchar, $2::text, NULL WHERE NOT EXISTS (SELECT 1 FROM content_locale WHERE lower(code) = lower($1::varchar))
     ON CONFLICT (code) DO NOTHING RETURNING code`,
    [code, name],
  );
  return rows.length > 0;
}
