import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk onboarding (issue 16): a coordinator's (or admin's) file of a unit's officers, kept as it was read
 * (`officer_import_row`: each line's cells as text, never evaluated) until its job applies it in one
 * transaction; each row then records what it did and the account it is about. The error report is read
 * from these rows. `invitations_emailed`: the new officers' invitations went out by e-mail (SMTP configured);
 * otherwise the coordinator downloads their links.
 */
export class OfficerImports1765200000000 implements MigrationInterface {
  name = 'OfficerImports1765200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "officer_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "police_unit_id" uuid NOT NULL, "created_by" uuid, "file_name" character varying(255) NOT NULL, "format" character varying(8) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'queued', "total_rows" integer NOT NULL, "new_count" integer NOT NULL DEFAULT 0, "update_count" integer NOT NULL DEFAULT 0, "unchanged_count" integer NOT NULL DEFAULT 0, "error_count" integer NOT NULL DEFAULT 0, "invitations_emailed" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_officer_import__status" CHECK ("status" IN ('queued', 'applied', 'failed')), CONSTRAINT "ck_officer_import__format" CHECK ("format" IN ('csv', 'xlsx')), CONSTRAINT "pk_officer_import" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_officer_import__police_unit_id" ON "officer_import" ("police_unit_id", "created_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "officer_import" ADD CONSTRAINT "fk_officer_import__police_unit_id" FOREIGN KEY ("police_unit_id") REFERENCES "police_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "officer_import" ADD CONSTRAINT "fk_officer_import__created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "officer_import_row" ("import_id" uuid NOT NULL, "row_number" integer NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "language" text NOT NULL, "status" character varying(16), "problems" jsonb NOT NULL DEFAULT '[]', "user_id" uuid, CONSTRAINT "ck_officer_import_row__status" CHECK ("status" IN ('new', 'update', 'unchanged', 'error')), CONSTRAINT "pk_officer_import_row" PRIMARY KEY ("import_id", "row_number"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "officer_import_row" ADD CONSTRAINT "fk_officer_import_row__import_id" FOREIGN KEY ("import_id") REFERENCES "officer_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "officer_import_row" ADD CONSTRAINT "fk_officer_import_row__user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "ix_officer_import_row__user_id" ON "officer_import_row" ("user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "officer_import_row"`);
    await queryRunner.query(`DROP TABLE "officer_import"`);
  }
}
