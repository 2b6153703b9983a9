import { EntityManager } from 'typeorm';
import { selectRows } from '../../core/database/sql';

/** Per course and locale: how many of its entities are published, draft, outdated (the rest are missing). */
export interface CourseProgressRow {
  courseId: string;
  code: string;
  title: string;
  sourceLocale: string;
  total: number;
  locale: string;
  published: number;
  draft: number;
  outdated: number;
}

/** Translation progress of every course in each of `locales`, by course code then locale. */
export function courseProgress(manager: EntityManager, locales: string[]): Promise<CourseProgressRow[]> {
  return selectRows<CourseProgressRow>(
    manager,
    `SELECT c.id AS "courseId", c.code, c.title, c.source_locale AS "sourceLocale", n.total, loc.code AS locale,
            count(tr.id) FILTER (WHERE tr.status = 'published')::int AS published,
            count(tr.id) FILTER (WHERE tr.status = 'draft')::int AS draft,
            count(tr.id) FILTER (WHERE tr.status = 'outdated')::int AS outdated
       FROM course c
       CROSS JOIN LATERAL (
         SELECT (1 + (SELECT count(*) FROM course_module m WHERE m.course_id = c.id)
                  + (SELECT count(*) FROM lesson l JOIN course_module m ON m.id = l.module_id WHERE m.course_id = c.id)
                  + (SELECT count(*) FROM question q JOIN assessment a ON a.id = q.assessment_id WHERE a.course_id = c.id))::int
                  AS total) n
       JOIN content_locale loc ON loc.code = ANY($1::varchar[]) AND loc.code <> c.source_locale
       LEFT JOIN translation tr ON tr.course_id = c.id AND tr.locale = loc.code
        AND tr.entity_type IN ('course', 'course_module', 'lesson', 'question')
      GROUP BY c.id, n.total, loc.code
      ORDER BY c.code, loc.code`,
    [locales],
  );
}

/** Content locales by code. */
export function contentLocales(manager: EntityManager): Promise<Array<{ code: string; name: string }>> {
  return selectRows(manager, `SELECT code, name FROM content_locale ORDER BY code`);
}
