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
 * Bumped at commit, once per transaction, without leaving trigger events on the catalogue's own tables: a
 * statement trigger on each of them (any INSERT, UPDATE, DELETE or TRUNCATE) marks the transaction
 * (`icspa.catalogue_bumped`, transaction-local, holding the transaction id) and, the first time, inserts one row
 * into `catalogue_dirty`; the only deferred trigger is on that side table. At commit it moves the version on and
 * deletes its row. So 1,000 rows written bump once; the version row is locked only from the commit's trigger to
 * the end of the commit, after every other lock the transaction takes (two writers cannot deadlock on it); and a
 * migration may still write a catalogue table and then alter, index or truncate it in the same transaction
 * (PostgreSQL refuses DDL on a table with pending deferred trigger events). A savepoint rolled back takes its
 * mark and its row with it. A statement that changed no row bumps too: an answer computed again, never a stale one.
 */
export class CatalogueVersion1765550000000 implements MigrationInterface {
  name = 'CatalogueVersion1765550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "catalogue_version" ("id" smallint NOT NULL, "version" bigint NOT NULL, CONSTRAINT "pk_catalogue_version" PRIMARY KEY ("id"), CONSTRAINT "ck_catalogue_version__one_row" CHECK ("id" = 1))`,
    );
    await queryRunner.query(`INSERT INTO "catalogue_version" ("id", "version") VALUES (1, 1)`);
    await queryRunner.query(
      `CREATE TABLE "catalogue_dirty" ("txid" bigint NOT NULL, CONSTRAINT "pk_catalogue_dirty" PRIMARY KEY ("txid"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "catalogue_mark_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF current_setting('icspa.catalogue_bumped', true) IS DISTINCT FROM txid_current()::text THEN
           PERFORM set_config('icspa.catalogue_bumped', txid_current()::text, true);
           INSERT INTO "catalogue_dirty" ("txid") VALUES (txid_current()) ON CONFLICT DO NOTHING;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "catalogue_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE "catalogue_version" SET "version" = "version" + 1 WHERE "id" = 1;
         DELETE FROM "catalogue_dirty" WHERE "txid" = NEW."txid";
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "tr_catalogue_dirty__bump" AFTER INSERT ON "catalogue_dirty" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "catalogue_version_bump"()`,
    );
    for (const table of CATALOGUE_TABLES)
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}__catalogue_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_mark_dirty"()`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...CATALOGUE_TABLES].reverse())
      await queryRunner.query(`DROP TRIGGER "tr_${table}__catalogue_version" ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER "tr_catalogue_dirty__bump" ON "catalogue_dirty"`);
    await queryRunner.query(`DROP FUNCTION "catalogue_version_bump"()`);
    await queryRunner.query(`DROP FUNCTION "catalogue_mark_dirty"()`);
    await queryRunner.query(`DROP TABLE "catalogue_dirty"`);
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
