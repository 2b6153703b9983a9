import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue search in every language: `course_search_document` holds each course's text per locale (the
 * source, and each published or outdated translation), stemmed into `document` where the locale has a text
 * search configuration, and searched by trigrams (`pg_trgm`) where it has none (uk, zh-CN, added locales):
 * substrings of `text`, and similar words among `course_search_word`, that text's distinct words. Replaces the English-only `ix_course__search`. Existing courses are indexed here; afterwards the
 * catalogue and translations rebuild a course's rows in the transaction that changes its text.
 */
export class CourseSearch1764290000000 implements MigrationInterface {
  name = 'CourseSearch1764290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "course_search_document" ("course_id" uuid NOT NULL, "locale" character varying(10) NOT NULL, "config" character varying(20), "title" text, "document" tsvector, "text" text NOT NULL, CONSTRAINT "pk_course_search_document" PRIMARY KEY ("course_id", "locale"), CONSTRAINT "fk_course_search_document__course_id" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE, CONSTRAINT "fk_course_search_document__locale" FOREIGN KEY ("locale") REFERENCES "content_locale"("code") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_search_document__document" ON "course_search_document" USING gin ("document")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_search_document__text" ON "course_search_document" USING gin ("text" gin_trgm_ops) WHERE "config" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "course_search_word" ("course_id" uuid NOT NULL, "locale" character varying(10) NOT NULL, "word" text NOT NULL, CONSTRAINT "pk_course_search_word" PRIMARY KEY ("course_id", "locale", "word"), CONSTRAINT "fk_course_search_word__document" FOREIGN KEY ("course_id", "locale") REFERENCES "course_search_document"("course_id", "locale") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_search_word__word" ON "course_search_word" USING gin ("word" gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX "ix_course__search"`);
    // Frozen copy of the rebuild in course-search.queries.ts, over every course.
    const ids = ((await queryRunner.query(`SELECT id FROM course`)) as { id: string }[]).map((r) => r.id);
    await queryRunner.query(REBUILD_SQL, [ids]);
    await queryRunner.query(WORDS_SQL, [ids]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_course__search" ON "course" USING gin (to_tsvector('english', "title" || ' ' || "summary"))`,
    );
    await queryRunner.query(`DROP TABLE "course_search_word"`);
    await queryRunner.query(`DROP TABLE "course_search_document"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}

const REBUILD_SQL = `
WITH source AS (
    SELECT c.id AS course_id, c.source_locale AS locale, 'course' AS entity_type, c.id::text AS entity_id, 0 AS ord,
           jsonb_build_object('title', c.title, 'summary', c.summary) AS fields
      FROM course c WHERE c.id = ANY($1::uuid[])
  UNION ALL
    SELECT c.id, c.source_locale, 'course_module', m.id::text, m.position * 1000, jsonb_build_object('title', m.title)
      FROM course c JOIN course_module m ON m.course_id = c.id WHERE c.id = ANY($1::uuid[])
  UNION ALL
    SELECT c.id, c.source_locale, 'lesson', l.id::text, m.position * 1000 + l.position,
           jsonb_build_object('title', l.title, 'body', l.body)
      FROM course c JOIN course_module m ON m.course_id = c.id JOIN lesson l ON l.module_id = m.id
     WHERE c.id = ANY($1::uuid[])
), texts AS (
    SELECT s.course_id, s.locale, s.entity_type, s.ord, s.fields FROM source s
  UNION ALL
    SELECT s.course_id, t.locale, s.entity_type, s.ord, t.fields
      FROM source s
      JOIN translation t ON t.entity_type = s.entity_type::translation_entity AND t.entity_id = s.entity_id
     WHERE t.status IN ('published', 'outdated') AND t.locale <> s.locale
), by_weight AS (
  SELECT x.course_id, x.locale, w.weight, string_agg(x.fields ->> w.field, E'\\n' ORDER BY x.ord) AS body
    FROM texts x
    JOIN (VALUES ('course', 'title', 'A'), ('course', 'summary', 'B'), ('course_module', 'title', 'C'),
                 ('lesson', 'title', 'C'), ('lesson', 'body', 'D')) AS w(entity_type, field, weight)
      ON w.entity_type = x.entity_type
   WHERE coalesce(x.fields ->> w.field, '') <> ''
   GROUP BY x.course_id, x.locale, w.weight
)
INSERT INTO course_search_document (course_id, locale, config, title, document, text)
SELECT b.course_id, b.locale, cl.search_config,
       lower(max(b.body) FILTER (WHERE b.weight = 'A')),
       CASE WHEN cl.search_config IS NOT NULL THEN
         setweight(to_tsvector(cl.search_config::regconfig, coalesce(max(b.body) FILTER (WHERE b.weight = 'A'), '')), 'A') ||
         setweight(to_tsvector(cl.search_config::regconfig, coalesce(max(b.body) FILTER (WHERE b.weight = 'B'), '')), 'B') ||
         setweight(to_tsvector(cl.search_config::regconfig, coalesce(max(b.body) FILTER (WHERE b.weight = 'C'), '')), 'C') ||
         setweight(to_tsvector(cl.search_config::regconfig, coalesce(max(b.body) FILTER (WHERE b.weight = 'D'), '')), 'D')
       END,
       lower(string_agg(b.body, E'\\n' ORDER BY b.weight))
  FROM by_weight b JOIN content_locale cl ON cl.code = b.locale
 GROUP BY b.course_id, b.locale, cl.search_config`;

const WORDS_SQL = `
INSERT INTO course_search_word (course_id, locale, word)
SELECT DISTINCT d.course_id, d.locale, w.word
  FROM course_search_document d, regexp_split_to_table(d.text, '[^[:alnum:]]+') AS w(word)
 WHERE d.config IS NULL AND d.course_id = ANY($1::uuid[]) AND length(w.word) BETWEEN 3 AND 60`;
