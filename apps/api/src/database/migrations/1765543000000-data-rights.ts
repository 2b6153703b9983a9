import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data rights and retention (issue 20):
 * - `app_user.erased_at`: the officer's personal data was erased (on request or after retention); the account
 *   stays, disabled, under the name "Erased officer KZ-3F9", so enrolments, scores and certifications keep counting.
 * - `country.retention_years`: how many whole years after an officer left their unit or was disabled (`left_at`)
 *   their personal data is kept; null keeps it (no retention set).
 * - The audit log's append-only trigger lets exactly one kind of UPDATE through: the erasure's. It passes only when
 *   the transaction said `SET LOCAL icspa.erasure = '<user id>'`, that account is marked erased by this very
 *   transaction (its row's xmin is the current transaction), the row is about, by or names that account
 *   (`entity_id`, `actor_id`, or the id inside `details`: the rows the erasure rewrites), and nothing but `details`
 *   changes. Deletes, truncates
 *   and every other update are refused as before: the log stays append-only in meaning, with the erased officer's
 *   name and e-mail replaced by the pseudonym inside the details.
 */
export class DataRights1765543000000 implements MigrationInterface {
  name = 'DataRights1765543000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "country" ADD "retention_years" smallint`);
    await queryRunner.query(
      `ALTER TABLE "country" ADD CONSTRAINT "ck_country__retention_years" CHECK ("retention_years" IS NULL OR "retention_years" BETWEEN 1 AND 50)`,
    );
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         erasing text := nullif(current_setting('icspa.erasure', true), '');
       BEGIN
         IF TG_OP = 'UPDATE' AND erasing IS NOT NULL
            AND (to_jsonb(NEW) - 'details') = (to_jsonb(OLD) - 'details')
            AND (OLD.entity_id = erasing OR OLD.actor_id::text = erasing OR strpos(OLD.details::text, erasing) > 0)
            AND EXISTS (SELECT 1 FROM app_user
                         WHERE id = erasing::uuid AND erased_at IS NOT NULL AND xmin = pg_current_xact_id()::xid) THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
       END $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
       END $$`,
    );
    await queryRunner.query(`ALTER TABLE "country" DROP CONSTRAINT "ck_country__retention_years"`);
    await queryRunner.query(`ALTER TABLE "country" DROP COLUMN "retention_years"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "erased_at"`);
  }
}
