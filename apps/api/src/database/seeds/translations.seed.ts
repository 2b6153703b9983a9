import { EntityManager } from 'typeorm';
import { appNow } from '../../core/clock/clock';
import type { TranslationEntity } from '@icspa/domain';
import type { TranslationFields } from '../../modules/translations/translation.entity';
import { sourcesOf } from '../../modules/translations/translations.queries';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TRANSLATED_LOCALES, TRANSLATIONS, type CourseTranslationSeed } from './data/translations';
import { seedId } from './learning.seed';

/**
 * The portal's topic labels per locale (its locale files' `topic` section): the topics' translations. Read
 * from the repository (the seed runs from it, as source or built), found by walking up from here.
 */
function topicLabels(): Record<string, Record<string, string>> {
  let dir = __dirname;
  while (!existsSync(join(dir, 'apps/portal/src/locales/en.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return {};
    dir = parent;
  }
  const labels: Record<string, Record<string, string>> = {};
  for (const locale of TRANSLATED_LOCALES) {
    const file = JSON.parse(readFileSync(join(dir, `apps/portal/src/locales/${locale}.json`), 'utf8')) as {
      topic?: Record<string, string>;
    };
    labels[locale] = file.topic ?? {};
  }
  return labels;
}

/**
 * Writes one published translation, made from the source as it stands; an existing one (a translator's
 * work) is left alone. Returns whether it was written.
 */
export async function publish(
  manager: EntityManager,
  entityType: TranslationEntity,
  entityId: string,
  locale: string,
  fields: TranslationFields,
): Promise<boolean> {
  const [source] = await sourcesOf(manager, entityType, [entityId]);
  if (!source || source.sourceLocale === locale) return false;
  const rows: unknown[] = await manager.query(
    `INSERT INTO translation (entity_type, entity_id, course_id, locale, fields, status, source_fields, source_revision, published_at)
     VALUES ($1, $2, $3, $4, $5, 'published', $6, $7, $8)
     ON CONFLICT (entity_type, entity_id, locale) DO NOTHING RETURNING id`,
    [
      entityType,
      source.id,
      source.courseId,
      locale,
      JSON.stringify(fields),
      JSON.stringify(source.fields),
      source.revision,
      appNow(),
    ],
  );
  return rows.length > 0;
}

/**
 * A course's seeded text: title and summary; when the seed has them, its modules and lessons (paired with
 * the source by position) and its questions (by seed order, options by position). Partial files are fine:
 * whatever is missing stays missing (the portal shows the fallback note).
 */
async function seedCourse(
  manager: EntityManager,
  code: string,
  courseId: string,
  locale: string,
  text: CourseTranslationSeed,
): Promise<number> {
  let written = Number(
    await publish(manager, 'course', courseId, locale, { title: text.title, summary: text.summary }),
  );
  const modules: { id: string }[] = await manager.query(
    `SELECT id FROM course_module WHERE course_id = $1 ORDER BY position`,
    [courseId],
  );
  for (const [m, module] of (text.modules ?? []).entries()) {
    const moduleId = modules[m]?.id;
    if (!moduleId) break;
    written += Number(await publish(manager, 'course_module', moduleId, locale, { title: module.title }));
    const lessons: { id: string }[] = await manager.query(
      `SELECT id FROM lesson WHERE module_id = $1 ORDER BY position`,
      [moduleId],
    );
    for (const [l, lesson] of module.lessons.entries()) {
      if (!lessons[l]) break;
      written += Number(
        await publish(manager, 'lesson', lessons[l].id, locale, { title: lesson.title, body: lesson.body }),
      );
    }
  }
  for (const [q, question] of (text.questions ?? []).entries()) {
    const questionId = seedId(`question:${code}:${q}`);
    const rows: { options: { id: string }[] }[] = await manager.query(`SELECT options FROM question WHERE id = $1`, [
      questionId,
    ]);
    const options = rows[0]?.options;
    if (!options || options.length !== question.options.length) continue;
    written += Number(
      await publish(manager, 'question', questionId, locale, {
        prompt: question.prompt,
        options: Object.fromEntries(options.map((o, i) => [o.id, question.options[i]])),
      }),
    );
  }
  return written;
}

/**
 * The seeded translations, published: every locale file's courses (by code) and programmes (by English
 * name), and the topics' labels from the portal's locale files. Running it twice changes nothing.
 * Returns how many translations it wrote.
 */
export async function seedTranslations(manager: EntityManager, courses: Map<string, string>): Promise<number> {
  let written = 0;
  for (const seed of TRANSLATIONS) {
    for (const [code, text] of Object.entries(seed.courses)) {
      const courseId = courses.get(code);
      if (courseId) written += await seedCourse(manager, code, courseId, seed.locale, text);
    }
    for (const [name, text] of Object.entries(seed.programmes)) {
      const rows: { id: string }[] = await manager.query(`SELECT id FROM certification_programme WHERE name = $1`, [
        name,
      ]);
      if (rows[0]) written += Number(await publish(manager, 'certification_programme', rows[0].id, seed.locale, text));
    }
  }
  for (const [locale, labels] of Object.entries(topicLabels()))
    for (const [tag, label] of Object.entries(labels))
      written += Number(await publish(manager, 'topic', tag, locale, { label }));
  return written;
}
