import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Officer privacy (issue 20), the part every privacy feature reads:
 * - `enrolment.participant_number` and `pseudonym_code`: an officer's stable pseudonym in one cohort
 *   ("Participant 7 · KZ-3F9"), the number counted per cohort (`cohort.participants_numbered`, under the cohort's
 *   row lock, which every seat-taking write holds already) and the code drawn at random, so that two cohorts'
 *   pseudonyms of one officer cannot be linked. An insert that ends in `ON CONFLICT DO NOTHING` uses a number up:
 *   numbers may have gaps, never repeats. A trigger fills both on insert, whatever path writes the row.
 * - `app_user.protected_at` / `protected_by_id`: a protected officer (name never leaves the unit and the alliance
 *   admins); `left_at`: the day an officer left their unit or was disabled, from which retention counts.
 * - `cohort_named_roster`: a unit's choice that member-firm staff see its officers in a cohort by name (with reason).
 * - `personal_data_access`: the access log (reads of an officer's personal data from outside their unit).
 */
export class OfficerPrivacy1765540000000 implements MigrationInterface {
  name = 'OfficerPrivacy1765540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "protected_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "protected_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "left_at" TIMESTAMP WITH TIME ZONE`);
    // Accounts disabled before the column existed left then: retention counts from that day.
    await queryRunner.query(
      `UPDATE "app_user" SET "left_at" = "disabled_at" WHERE "disabled_at" IS NOT NULL AND "left_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user__protected_by_id" FOREIGN KEY ("protected_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort_named_roster" ("cohort_id" uuid NOT NULL, "police_unit_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "opted_by_id" uuid, "opted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_cohort_named_roster" PRIMARY KEY ("cohort_id", "police_unit_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_named_roster" ADD CONSTRAINT "fk_cohort_named_roster__cohort_id" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_named_roster" ADD CONSTRAINT "fk_cohort_named_roster__police_unit_id" FOREIGN KEY ("police_unit_id") REFERENCES "police_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort_named_roster" ADD CONSTRAINT "fk_cohort_named_roster__opted_by_id" FOREIGN KEY ("opted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "personal_data_access" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "officer_id" uuid NOT NULL, "reader_id" uuid, "purpose" character varying(40) NOT NULL, "object_type" character varying(60), "object_id" character varying(80), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_personal_data_access" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_personal_data_access__officer_id_at" ON "personal_data_access" ("officer_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_personal_data_access__reader_id" ON "personal_data_access" ("reader_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "personal_data_access" ADD CONSTRAINT "fk_personal_data_access__officer_id" FOREIGN KEY ("officer_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "personal_data_access" ADD CONSTRAINT "fk_personal_data_access__reader_id" FOREIGN KEY ("reader_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "cohort" ADD "participants_numbered" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "enrolment" ADD "participant_number" integer`);
    await queryRunner.query(`ALTER TABLE "enrolment" ADD "pseudonym_code" character varying(6)`);
    await queryRunner.query(`
      CREATE FUNCTION pseudonym_code() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        code text := '';
      BEGIN
        FOR i IN 1..5 LOOP
          code := code || substr(alphabet, 1 + floor(random() * 32)::int, 1);
        END LOOP;
        RETURN substr(code, 1, 2) || '-' || substr(code, 3, 3);
      END $$`);
    await queryRunner.query(`
      UPDATE enrolment e SET participant_number = r.n, pseudonym_code = pseudonym_code()
        FROM (SELECT id, row_number() OVER (PARTITION BY cohort_id ORDER BY created_at, queue_number, id) AS n
                FROM enrolment) r
       WHERE r.id = e.id`);
    await queryRunner.query(`
      UPDATE cohort co SET participants_numbered = m.n
        FROM (SELECT cohort_id, max(participant_number) AS n FROM enrolment GROUP BY cohort_id) m
       WHERE m.cohort_id = co.id`);
    await queryRunner.query(`ALTER TABLE "enrolment" ALTER COLUMN "participant_number" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "enrolment" ALTER COLUMN "pseudonym_code" SET NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolment__cohort_participant" ON "enrolment" ("cohort_id", "participant_number") `,
    );
    await queryRunner.query(`
      CREATE FUNCTION enrolment_participant() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.participant_number IS NULL THEN
          UPDATE cohort SET participants_numbered = participants_numbered + 1 WHERE id = NEW.cohort_id
          RETURNING participants_numbered INTO NEW.participant_number;
        END IF;
        IF NEW.pseudonym_code IS NULL THEN
          NEW.pseudonym_code := pseudonym_code();
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER enrolment_participant BEFORE INSERT ON enrolment FOR EACH ROW EXECUTE FUNCTION enrolment_participant()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER enrolment_participant ON enrolment`);
    await queryRunner.query(`DROP FUNCTION enrolment_participant()`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrolment__cohort_participant"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP COLUMN "pseudonym_code"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP COLUMN "participant_number"`);
    await queryRunner.query(`DROP FUNCTION pseudonym_code()`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP COLUMN "participants_numbered"`);
    await queryRunner.query(`DROP TABLE "personal_data_access"`);
    await queryRunner.query(`DROP TABLE "cohort_named_roster"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user__protected_by_id"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "left_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "protected_by_id"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "protected_at"`);
  }
}
