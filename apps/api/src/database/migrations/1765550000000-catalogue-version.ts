import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's version (issue 21, the course list and course page kept per API process: CatalogueCache):
 * `catalogue_version` holds one row whose `version` goes up by one with every committed transaction that writes
 * any table the course list or course page reads. A process keeps answers under the version it read before
 * computing them, so an answer is served only while no such write has committed since, on any process.
 *
 * A row, not a sequence: `nextval` is seen by others before the writer commits, so a reader could keep the old
 * text under the new number. The row's update commits with the write, and is seen with it.
 *
 * Bumped at commit, once per transaction: the row triggers are constraint triggers deferred to the commit (the
 * version row is locked only from there to the end of the commit, after every other lock the transaction takes,
 * so two writers cannot deadlock on it), and the first of them in a transaction marks it
 * (`icspa.catalogue_bumped`, transaction-local, holding the transaction id), so writing 1,000 rows bumps once.
 * TRUNCATE (tests) has no constraint trigger: a plain statement trigger bumps at once, under the same mark.
 */
export class CatalogueVersion1765550000000 implements MigrationInterface {
  name = 'CatalogueVersion1765550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "catalogue_version" ("id" smallint NOT NULL, "version" bigint NOT NULL, CONSTRAINT "pk_catalogue_version" PRIMARY KEY ("id"), CONSTRAINT "ck_catalogue_version__one_row" CHECK ("id" = 1))`,
    );
    await queryRunner.query(`INSERT INTO "catalogue_version" ("id", "version") VALUES (1, 1)`);
    await queryRunner.query(
      `CREATE FUNCTION "catalogue_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF current_setting('icspa.catalogue_bumped', true) IS DISTINCT FROM txid_current()::text THEN
           PERFORM set_config('icspa.catalogue_bumped', txid_current()::text, true);
           UPDATE "catalogue_version" SET "version" = "version" + 1 WHERE "id" = 1;
         END IF;
         RETURN NULL;
       END $$`,
    );
    for (const table of CATALOGUE_TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "tr_${table}__catalogue_version" AFTER INSERT OR UPDATE OR DELETE ON "${table}" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "catalogue_version_bump"()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}__catalogue_version_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_version_bump"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...CATALOGUE_TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER "tr_${table}__catalogue_version_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "tr_${table}__catalogue_version" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "catalogue_version_bump"()`);
    await queryRunner.query(`DROP TABLE "catalogue_version"`);
  }
}

/**
 * Every table the course list and course page read (frozen here): the courses and their outline, the assessment
 * and its questions (what "available in" counts), translations (resolved text, "available in"), the content
 * locales (the search's configurations) and the search's documents and words.
 */
const CATALOGUE_TABLES = [
  'content_locale',
  'course',
  'course_module',
  'lesson',
  'assessment',
  'question',
  'translation',
  'course_search_document',
  'course_search_word',
];
