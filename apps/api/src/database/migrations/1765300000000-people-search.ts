import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People search by name or e-mail prefix (users, certification holders, trainers, officers to nominate):
 * names are compared by trigrams (`pg_trgm`) after `search_fold`, so accents, case and one typo do not
 * matter in any script. `search_fold` lower-cases, removes accents (`unaccent`) and spaces out CJK
 * ideographs and Hangul, so that each is a word of its own and a name of two or three characters with one
 * wrong character still shares half its trigrams. `unaccent` is only STABLE (its dictionary could change),
 * so the wrapper names the dictionary and is declared IMMUTABLE, as an index expression needs.
 * Both extensions ship with PostgreSQL's contrib (Debian's postgresql-15 and the embedded PostgreSQL 18).
 */
export class PeopleSearch1765300000000 implements MigrationInterface {
  name = 'PeopleSearch1765300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(
      `CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
         SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)),
                                     '([\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF])', ' \\1 ', 'g')) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_app_user__name_search" ON "app_user" USING gin (search_fold("display_name") gin_trgm_ops)`,
    );
    // e-mails are stored lower-case; text_pattern_ops lets `LIKE 'prefix%'` use a btree whatever the collation.
    await queryRunner.query(`CREATE INDEX "ix_app_user__email_prefix" ON "app_user" ("email" text_pattern_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_app_user__email_prefix"`);
    await queryRunner.query(`DROP INDEX "ix_app_user__name_search"`);
    await queryRunner.query(`DROP FUNCTION search_fold(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
