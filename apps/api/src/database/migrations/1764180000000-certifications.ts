import { MigrationInterface, QueryRunner } from 'typeorm';

/** Certification programmes and the certifications issued under them (with their signed credentials). */
export class Certifications1764180000000 implements MigrationInterface {
  name = 'Certifications1764180000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certification_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text NOT NULL, "course_ids" uuid array NOT NULL, "required_count" smallint NOT NULL, "validity_months" smallint NOT NULL, "recertification_window_days" smallint NOT NULL, "skills" character varying(40) array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_certification_programme__validity_months" CHECK ("validity_months" BETWEEN 1 AND 120), CONSTRAINT "ck_certification_programme__required_count" CHECK ("required_count" >= 1 AND "required_count" <= cardinality("course_ids")), CONSTRAINT "pk_certification_programme" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certification_programme__name" ON "certification_programme" ("name") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."certification_status" AS ENUM('active', 'expired', 'revoked')`);
    await queryRunner.query(
      `CREATE TABLE "certification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "holder_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."certification_status" NOT NULL DEFAULT 'active', "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(500), "public_code" character varying(32) NOT NULL, "status_list_index" SERIAL NOT NULL, "previous_id" uuid, "credential" text NOT NULL, "reminded60_at" TIMESTAMP WITH TIME ZONE, "reminded30_at" TIMESTAMP WITH TIME ZONE, "reminded7_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_certification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_certification__holder_id" ON "certification" ("holder_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certification__public_code" ON "certification" ("public_code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certification__status_list_index" ON "certification" ("status_list_index") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_certification__previous_id" ON "certification" ("previous_id") `);
    await queryRunner.query(`CREATE INDEX "ix_certification__expires_at" ON "certification" ("status", "expires_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certification__first" ON "certification" ("holder_id", "programme_id") WHERE "previous_id" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification" ADD CONSTRAINT "fk_certification__programme_id" FOREIGN KEY ("programme_id") REFERENCES "certification_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification" ADD CONSTRAINT "fk_certification__holder_id" FOREIGN KEY ("holder_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification" ADD CONSTRAINT "fk_certification__previous_id" FOREIGN KEY ("previous_id") REFERENCES "certification"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certification"`);
    await queryRunner.query(`DROP TABLE "certification_programme"`);
    await queryRunner.query(`DROP TYPE "public"."certification_status"`);
  }
}
