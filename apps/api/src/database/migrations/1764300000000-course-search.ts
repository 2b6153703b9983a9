import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue search in every language: `course_search_document` holds each course's text per locale (the
 * source, and each published or outdated translation), stemmed into `document` where the locale has a text
 * search configuration, and searched by trigrams (`pg_trgm`) in `text` where it has none (uk, zh-CN, added
 * locales). Replaces the English-only `ix_course__search`. Existing courses are indexed here; afterwards the
 * catalogue and translations rebuild a course's rows in the transaction that changes its text.
 */
export class CourseSearch1764300000000 implements MigrationInterface {
  name = 'CourseSearch1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "course_search_document" ("course_id" uuid NOT NULL, "locale" character varying(10) NOT NULL, "config" character varying(20), "title" text, "document" tsvector, "text" text NOT NULL, CONSTRAINT "pk_course_search_document" PRIMARY KEY ("course_id", "locale"), CONSTRAINT "fk_course_search_document__course_id" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE, CONSTRAINT "fk_course_search_document__locale" FOREIGN KEY ("locale") REFERENCES "content_locale"("code") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_search_document__document" ON "course_search_document" USING gin ("document")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_search_document__text" ON "course_search_document" USING gin ("text" gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX "ix_course__search"`);
    // Frozen copy of the rebuild in course-search.queries.ts, over every course.
    await queryRunner.query(`
      WITH parts AS (
          SELECT c.id AS course_id, c.source_locale AS locale, 'A' AS weight, 0 AS ord, c.title AS body FROM course c
        UNION ALL
          SELECT c.id, c.source_locale, 'B', 1, c.summary FROM course c
        UNION ALL
          SELECT c.id, c.source_locale, 'C', 2 + m.position * 1000, m.title
            FROM course c JOIN course_module m ON m.course_id = c.id
        UNION ALL
          SELECT c.id, c.source_locale, 'C', 2 + m.position * 1000 + l.position, l.title || E'\\n' || l.body
            FROM course c JOIN course_module m ON m.course_id = c.id JOIN lesson l ON l.module_id = m.id
        UNION ALL
          SELECT t.course_id, t.locale, w.weight, w.ord, t.fields ->> w.field
            FROM translation t
            JOIN (VALUES ('course', 'title', 'A', 0), ('course', 'summary', 'B', 1), ('course_module', 'title', 'C', 2),
                         ('lesson', 'title', 'C', 3), ('lesson', 'body', 'D', 4))
                 AS w(entity_type, field, weight, ord) ON w.entity_type = t.entity_type::text
           WHERE t.course_id IS NOT NULL AND t.status IN ('published', 'outdated')
      ), by_weight AS (
        SELECT p.course_id, p.locale, p.weight, string_agg(p.body, E'\\n' ORDER BY p.ord) AS body
          FROM parts p WHERE p.body IS NOT NULL AND p.body <> ''
         GROUP BY p.course_id, p.locale, p.weight
      )
      INSERT INTO course_search_document (course_id, locale, config, title, document, text)
      SELECT b.course_id, b.locale, cl.search_config,
             max(b.body) FILTER (WHERE b.weight = 'A'),
             CASE WHEN cl.search_config IS NOT NULL THEN
               setweight(to_tsvector(cl.search_config::regconfig, coalesce(max(b.body) FILTER (WHERE b.weight = 'A'), '')), 'A') ||
               setweight(to_tsvector(cl.search_config::regconfig, coalesce(max(b.body) FILTER (WHERE b.weight = 'B'), '')), 'B') ||
               setweight(to_tsvector(cl.search_config::regconfig, coalesce(max(b.body) FILTER (WHERE b.weight = 'C'), '')), 'C') ||
               setweight(to_tsvector(cl.search_config::regconfig, coalesce(max(b.body) FILTER (WHERE b.weight = 'D'), '')), 'D')
             END,
             string_agg(b.body, E'\\n' ORDER BY b.weight)
        FROM by_weight b JOIN content_locale cl ON cl.code = b.locale
       GROUP BY b.course_id, b.locale, cl.search_config`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_course__search" ON "course" USING gin (to_tsvector('english', "title" || ' ' || "summary"))`,
    );
    await queryRunner.query(`DROP TABLE "course_search_document"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
