import { EntityManager } from 'typeorm';
import { affectedRows, selectRows } from '../../core/database/sql';

/**
 * Catalogue search in every language. `course_search_document` holds one row per course and locale: the
 * source text (in the course's source locale) and, for each locale with a published or outdated translation,
 * the translated text (drafts never). A locale with a PostgreSQL text search configuration
 * (`content_locale.search_config`: english, spanish, portuguese, russian) is searched by its stemmed
 * `document` (title A, summary B, module and lesson titles C, lesson bodies D); any other locale (uk, zh-CN,
 * every locale an admin adds) by trigrams (`pg_trgm`): substrings of the lower-cased `text` (GIN gin_trgm_ops),
 * which also finds a Chinese phrase inside text written without spaces, and similar words among
 * `course_search_word`, the distinct words of that text.
 */

/**
 * The text of each course in `courseIds`, per locale, rebuilt from the source and the published/outdated
 * translations of the course's current entities (a deleted lesson's translations are left out). Runs in the
 * caller's transaction: a source edit or a publication and its search text commit together. (The migration
 * that created the table runs a frozen copy over every course.)
 */
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

/**
 * The distinct words (3 to 60 letters or digits) of each trigram-searched text: similarity is judged word by
 * word through their GIN index, never over a whole lesson (word_similarity over kilobytes costs milliseconds).
 */
const WORDS_SQL = `
INSERT INTO course_search_word (course_id, locale, word)
SELECT DISTINCT d.course_id, d.locale, w.word
  FROM course_search_document d, regexp_split_to_table(d.text, '[^[:alnum:]]+') AS w(word)
 WHERE d.config IS NULL AND d.course_id = ANY($1::uuid[]) AND length(w.word) BETWEEN 3 AND 60`;

/** Rebuilds the search text of one course in every locale (same transaction as the edit that changed it). */
export async function refreshCourseSearch(manager: EntityManager, courseId: string): Promise<void> {
  await refreshCoursesSearch(manager, [courseId]);
}

/** Rebuilds the search text of several courses at once (seeding, bulk imports). */
export async function refreshCoursesSearch(manager: EntityManager, courseIds: string[]): Promise<void> {
  if (courseIds.length === 0) return;
  // Two transactions changing one course's text rebuild it one after the other: the second waits here
  // until the first commits, then (read committed) rebuilds from text that includes the first's change.
  // Taken in id order, so that two bulk rebuilds cannot deadlock.
  const ids = [...new Set(courseIds)].sort();
  await selectRows(
    manager,
    `SELECT pg_advisory_xact_lock(hashtextextended('course_search:' || s.id, 0))
       FROM (SELECT u.id FROM unnest($1::text[]) WITH ORDINALITY AS u(id, n) ORDER BY u.n) s`,
    [ids],
  );
  await affectedRows(manager, `DELETE FROM course_search_word WHERE course_id = ANY($1::uuid[])`, [ids]);
  await affectedRows(manager, `DELETE FROM course_search_document WHERE course_id = ANY($1::uuid[])`, [ids]);
  await affectedRows(manager, REBUILD_SQL, [ids]);
  await affectedRows(manager, WORDS_SQL, [ids]);
}

/** The stemming configurations in use (from `content_locale`): each gets its own indexable branch. */
export async function searchConfigs(manager: EntityManager): Promise<string[]> {
  const rows = await selectRows<{ config: string }>(
    manager,
    `SELECT DISTINCT search_config AS config FROM content_locale WHERE search_config IS NOT NULL ORDER BY 1`,
  );
  return rows.map((r) => r.config);
}

/** At most this many words of a query are matched by trigrams (each must be found). */
const MAX_TRIGRAM_WORDS = 8;

/** `%`, `_` and `\` stand for themselves in a LIKE pattern. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * The SQL of a sub-query giving, per matching course, its best `rank` and the `locale` that matched, the
 * first of `readerLocales` that did, else the best (columns `course_id`, `locale`, `rank`). `param` numbers a
 * value as a query parameter.
 *
 * Stemmed locales: `document @@ websearch_to_tsquery(config, q)`, one branch per configuration so the GIN
 * index serves each; ranked by `ts_rank` with weights title 1.0, summary 0.4, outline 0.2, body 0.1.
 * Trigram locales: every word of the query is in the (lower-cased) text as a substring (LIKE on the GIN
 * trigram index, which also finds 加密货币 inside unspaced Chinese) or like one of its words
 * (`course_search_word.word %> w`: word similarity ≥ 0.6, so криптовалюти finds криптовалют); ranked 0.6 when
 * the title holds every word, 0.1 when the text holds them as written, 0.05 for similar words only.
 */
export function courseSearchHits(
  text: string,
  configs: string[],
  readerLocales: string[],
  param: (value: unknown) => string,
): string {
  const q = param(text);
  // Words as the lexicon splits them: runs of letters, marks and digits (a Chinese phrase is one word).
  const words = [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{M}\p{N}]+/u)
        .filter(Boolean),
    ),
  ].slice(0, MAX_TRIGRAM_WORDS);
  // `title` and `text` are stored lower-cased: LIKE, without case folding every row at search time.
  const patterns = words.map((w) => `lower(${param(`%${likeEscape(w)}%`)})`);
  const stemmed = configs.map((config) => {
    const c = param(config);
    return `(d.config = ${c} AND d.document @@ websearch_to_tsquery(${c}::regconfig, ${q}))`;
  });
  const branches = [
    stemmed.length
      ? `SELECT d.course_id, d.locale,
                ts_rank('{0.1, 0.2, 0.4, 1.0}', d.document, websearch_to_tsquery(d.config::regconfig, ${q})) AS rank
           FROM course_search_document d
          WHERE ${stemmed.join('\n             OR ')}`
      : '',
  ];
  if (words.length) {
    // Per word: the (course, locale) pairs whose text holds it, or one of whose words is like it. Short
    // words are found as substrings only: similarity on them would match noise.
    const perWord = words.map((word, i) => {
      const substring = `SELECT course_id, locale FROM course_search_document WHERE config IS NULL AND text LIKE ${patterns[i]}`;
      return [...word].length >= 4
        ? `(${substring} UNION SELECT course_id, locale FROM course_search_word WHERE word %> ${param(word)})`
        : `(${substring})`;
    });
    const all = (column: string) => patterns.map((p) => `${column} LIKE ${p}`).join(' AND ');
    branches.push(`SELECT d.course_id, d.locale,
              CASE WHEN ${all('d.title')} THEN 0.6 WHEN ${all('d.text')} THEN 0.1 ELSE 0.05 END AS rank
         FROM course_search_document d
         JOIN (${perWord.join('\n INTERSECT ')}) m ON m.course_id = d.course_id AND m.locale = d.locale`);
  }
  const union = branches.filter(Boolean);
  if (union.length === 0) return `SELECT NULL::uuid AS course_id, NULL AS locale, 0 AS rank WHERE false`;
  // A course ranks by its best locale; the locale it is said to match in is the reader's first that matched.
  return `SELECT DISTINCT ON (h.course_id) h.course_id, h.locale, max(h.rank) OVER (PARTITION BY h.course_id) AS rank
      FROM (${union.join('\n UNION ALL ')}) h
     ORDER BY h.course_id, array_position(${param(readerLocales)}::text[], h.locale::text) NULLS LAST, h.rank DESC, h.locale`;
}
