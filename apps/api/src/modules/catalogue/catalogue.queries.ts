import { EntityManager } from 'typeorm';
import type { CourseLevel, CourseStatus, DeliveryPolicy } from '@icspa/domain';
import { affectedRows, countRows, pageTotal, selectOne, selectRows, type PageTotal } from '../../core/database/sql';
import type { Where } from '../../core/database/where';
import { AVAILABLE_LOCALES_OF_COURSE } from '../translations/translations.queries';
import { courseSearchHits, searchConfigs } from './course-search.queries';
import type { LessonDto } from './dtos/course.dto';

/** A course's own facts, as lists show them. */
export interface CourseRow {
  id: string;
  code: string;
  title: string;
  summary: string;
  level: CourseLevel;
  topics: string[];
  languages: string[];
  hours: number;
  minAttendancePercent: number;
  status: CourseStatus;
  sourceLocale: string;
  deliveryPolicy: DeliveryPolicy | null;
}

const COURSE_COLUMNS = `c.id, c.code, c.title, c.summary, c.level, c.topics, c.languages, c.hours,
  c.min_attendance_percent AS "minAttendancePercent", c.status, c.source_locale AS "sourceLocale",
  c.delivery_policy AS "deliveryPolicy"`;

/** A course found by a search, with the content locale its text matched in. */
export interface CourseHitRow extends CourseRow {
  matchedLocale: string | null;
  /** The locales the course can be read whole in, source first. */
  availableIn: string[];
}

/**
 * One page of the courses `where` picks (conditions on `course c`) and how many there are. With a
 * search text, only courses whose text matches in some locale (see `courseSearchHits`), best match first,
 * each with the locale that matched (the first of `readerLocales` that did, else the best); otherwise (and
 * among equals) by code.
 */
export async function searchCourses(
  manager: EntityManager,
  where: Where,
  text: string | undefined,
  limit: number,
  offset: number,
  readerLocales: string[] = [],
): Promise<{ rows: CourseHitRow[] } & PageTotal> {
  // The page's ids first (by an index: the code's, or the search's hits), then their columns and the locales
  // each can be read whole in, in the same statement: one round trip for the page.
  const withAvailable = (page: string, order: string) =>
    `WITH page AS (${page})
     SELECT ${COURSE_COLUMNS}, page.matched AS "matchedLocale", page.total,
            array_prepend(c.source_locale::text, av.locales) AS "availableIn"
       FROM page JOIN course c ON c.id = page.id CROSS JOIN LATERAL (${AVAILABLE_LOCALES_OF_COURSE}) av
      ORDER BY ${order}`;
  if (text) {
    const hits = courseSearchHits(text, await searchConfigs(manager), readerLocales, (value) => where.param(value));
    const from = `course c JOIN (${hits}) h ON h.course_id = c.id`;
    // One statement gives the page and the total (the search is planned and run once); a page past the end
    // has no row to carry the total, so only then is it counted apart.
    const rows = await selectRows<CourseHitRow & { total: number }>(
      manager,
      withAvailable(
        `SELECT c.id, c.code, h.rank, h.locale AS matched, count(*) OVER ()::int AS total FROM ${from} ${where}
          ORDER BY h.rank DESC, c.code LIMIT ${limit} OFFSET ${offset}`,
        'page.rank DESC, c.code',
      ),
      where.params,
    );
    const total = rows.length ? rows[0].total : offset === 0 ? 0 : await countRows(manager, from, where);
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }
  // Without a search text, the page in the order of the code's unique index; the total from the page when it
  // tells it, else counted (estimated past 10,000 courses).
  const rows = await selectRows<CourseHitRow & { total: null }>(
    manager,
    withAvailable(
      `SELECT c.id, NULL::text AS matched, NULL::int AS total FROM course c ${where}
        ORDER BY c.code LIMIT ${limit} OFFSET ${offset}`,
      'c.code',
    ),
    where.params,
  );
  return {
    rows: rows.map(({ total: _total, ...row }) => row),
    ...(await pageTotal(manager, 'course c', where, { skip: offset, pageSize: limit }, rows.length)),
  };
}

/**
 * The catalogue's version: a number that moves on with every committed transaction writing a table the course
 * list or course page reads (a trigger at commit: see migration CatalogueVersion1765550000000). Null when its
 * row is missing, which no migration leaves.
 */
export async function catalogueVersion(manager: EntityManager): Promise<string | null> {
  const row = await selectOne<{ version: string }>(manager, `SELECT version FROM catalogue_version`);
  return row?.version ?? null;
}

/** The one course `where` picks (it names `c.id`), or null. */
export function findCourse(manager: EntityManager, where: Where): Promise<CourseRow | null> {
  return selectOne<CourseRow>(manager, `SELECT ${COURSE_COLUMNS} FROM course c ${where}`, where.params);
}

/** A lesson as written, with its course's source language. */
export type LessonRow = Omit<LessonDto, 'contentLocale' | 'translation'> & { sourceLocale: string };

/** The one lesson `where` picks (conditions on `lesson l JOIN course_module m JOIN course c`), or null. */
export function findLesson(manager: EntityManager, where: Where): Promise<LessonRow | null> {
  return selectOne<LessonRow>(
    manager,
    `SELECT l.id, l.title, l.position, l.minutes, l.body, l.module_id AS "moduleId", m.course_id AS "courseId",
            c.source_locale AS "sourceLocale"
       FROM lesson l JOIN course_module m ON m.id = l.module_id JOIN course c ON c.id = m.course_id ${where}`,
    where.params,
  );
}

export async function courseStatus(manager: EntityManager, courseId: string): Promise<CourseStatus | null> {
  const row = await selectOne<{ status: CourseStatus }>(manager, `SELECT status FROM course WHERE id = $1`, [courseId]);
  return row?.status ?? null;
}

export async function courseOfModule(manager: EntityManager, moduleId: string): Promise<string> {
  const row = await selectOne<{ course_id: string }>(manager, `SELECT course_id FROM course_module WHERE id = $1`, [
    moduleId,
  ]);
  return row!.course_id;
}

export async function countLessons(manager: EntityManager, courseId: string): Promise<number> {
  const row = await selectOne<{ lessons: number }>(
    manager,
    `SELECT count(l.id)::int AS lessons FROM course_module m JOIN lesson l ON l.module_id = m.id WHERE m.course_id = $1`,
    [courseId],
  );
  return row!.lessons;
}

/** The position after the course's last module. */
export async function nextModulePosition(manager: EntityManager, courseId: string): Promise<number> {
  const row = await selectOne<{ next: number }>(
    manager,
    `SELECT coalesce(max(position), 0) + 1 AS next FROM course_module WHERE course_id = $1`,
    [courseId],
  );
  return row!.next;
}

/** The position after the module's last lesson. */
export async function nextLessonPosition(manager: EntityManager, moduleId: string): Promise<number> {
  const row = await selectOne<{ next: number }>(
    manager,
    `SELECT coalesce(max(position), 0) + 1 AS next FROM lesson WHERE module_id = $1`,
    [moduleId],
  );
  return row!.next;
}

/** Moves the modules after a removed one up a place. */
export async function closeModuleGap(manager: EntityManager, courseId: string, position: number): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE course_module SET position = position - 1 WHERE course_id = $1 AND position > $2`,
    [courseId, position],
  );
}

/** Moves the lessons after a removed one up a place. */
export async function closeLessonGap(manager: EntityManager, moduleId: string, position: number): Promise<void> {
  await affectedRows(manager, `UPDATE lesson SET position = position - 1 WHERE module_id = $1 AND position > $2`, [
    moduleId,
    position,
  ]);
}

export async function moduleIdsOf(manager: EntityManager, courseId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(manager, `SELECT id FROM course_module WHERE course_id = $1`, [
    courseId,
  ]);
  return rows.map((r) => r.id);
}

export async function lessonIdsOf(manager: EntityManager, moduleId: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(manager, `SELECT id FROM lesson WHERE module_id = $1`, [moduleId]);
  return rows.map((r) => r.id);
}

/** Numbers the modules 1, 2, … in the order given. */
export async function setModuleOrder(manager: EntityManager, ids: string[]): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE course_module m SET position = o.pos FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE m.id = o.id`,
    [ids],
  );
}

/** Numbers the lessons 1, 2, … in the order given. */
export async function setLessonOrder(manager: EntityManager, ids: string[]): Promise<void> {
  await affectedRows(
    manager,
    `UPDATE lesson l SET position = o.pos FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE l.id = o.id`,
    [ids],
  );
}
