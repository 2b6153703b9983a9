import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * From needs to delivery (issue 18), the whole schema in one migration.
 *
 * Competency framework: `competency_role` (not a user role; ten law-enforcement and two judicial roles, ordered by
 * `position`) and `competency` (category management | technical | investigation) with English source text and a
 * `revision`; every version of a competency's text is a `competency_revision` row (a rename keeps its history).
 * Names in the other languages are `translation` rows of the new entity types `competency_role` and `competency`.
 * `competency_role_competency` gives the level (1–5, mapped to EQF 3–7: `COMPETENCY_LEVEL_EQF`) a role requires;
 * `course_competency` / `programme_competency` the level a completed course / live certification gives.
 * `country_priority`: admin-set weight 1–5; no row means 4 for hotspots, 2 otherwise.
 *
 * Needs assessment of a unit (`needs_assessment`: draft → submitted → approved | returned; one open per unit),
 * with officers now/needed per role (`needs_assessment_role`) and current/inferred level per competency
 * (`needs_assessment_level`). Country workplan (`workplan`, quarters `YYYY-Qn`) and its `plan_line`s, one per
 * unit, course and quarter, linked on approval to the training request or open cohort they became.
 */
export class Planning1764500000000 implements MigrationInterface {
  name = 'Planning1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."translation_entity" ADD VALUE IF NOT EXISTS 'competency_role'`);
    await queryRunner.query(`ALTER TYPE "public"."translation_entity" ADD VALUE IF NOT EXISTS 'competency'`);
    await queryRunner.query(`CREATE TYPE "public"."competency_role_sector" AS ENUM('law_enforcement', 'judicial')`);
    await queryRunner.query(
      `CREATE TABLE "competency_role" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(60) NOT NULL, "position" smallint NOT NULL, "sector" "public"."competency_role_sector" NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL, "revision" integer NOT NULL DEFAULT '1', "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_competency_role__position" CHECK ("position" >= 0), CONSTRAINT "pk_competency_role" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competency_role__key" ON "competency_role" ("key")`);
    await queryRunner.query(
      `CREATE TYPE "public"."competency_category" AS ENUM('management', 'technical', 'investigation')`,
    );
    await queryRunner.query(
      `CREATE TABLE "competency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(60) NOT NULL, "category" "public"."competency_category" NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL, "revision" integer NOT NULL DEFAULT '1', "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_competency" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competency__key" ON "competency" ("key")`);
    await queryRunner.query(`CREATE INDEX "ix_competency__category" ON "competency" ("category")`);
    await queryRunner.query(
      `CREATE TABLE "competency_revision" ("competency_id" uuid NOT NULL, "revision" integer NOT NULL, "category" "public"."competency_category" NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_competency_revision" PRIMARY KEY ("competency_id", "revision"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "competency_role_competency" ("competency_role_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "required_level" smallint NOT NULL, CONSTRAINT "ck_competency_role_competency__required_level" CHECK ("required_level" BETWEEN 1 AND 5), CONSTRAINT "pk_competency_role_competency" PRIMARY KEY ("competency_role_id", "competency_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_competency_role_competency__competency_id" ON "competency_role_competency" ("competency_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "course_competency" ("course_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "level" smallint NOT NULL, CONSTRAINT "ck_course_competency__level" CHECK ("level" BETWEEN 1 AND 5), CONSTRAINT "pk_course_competency" PRIMARY KEY ("course_id", "competency_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_competency__competency_id" ON "course_competency" ("competency_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "programme_competency" ("programme_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "level" smallint NOT NULL, CONSTRAINT "ck_programme_competency__level" CHECK ("level" BETWEEN 1 AND 5), CONSTRAINT "pk_programme_competency" PRIMARY KEY ("programme_id", "competency_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_programme_competency__competency_id" ON "programme_competency" ("competency_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "country_priority" ("country_code" character(2) NOT NULL, "weight" smallint NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_country_priority__weight" CHECK ("weight" BETWEEN 1 AND 5), CONSTRAINT "pk_country_priority" PRIMARY KEY ("country_code"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."needs_assessment_status" AS ENUM('draft', 'submitted', 'approved', 'returned')`,
    );
    await queryRunner.query(
      `CREATE TABLE "needs_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "police_unit_id" uuid NOT NULL, "status" "public"."needs_assessment_status" NOT NULL DEFAULT 'draft', "assessed_on" date NOT NULL, "created_by" uuid, "submitted_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_note" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_needs_assessment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_needs_assessment__status" ON "needs_assessment" ("status", "submitted_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_needs_assessment__open" ON "needs_assessment" ("police_unit_id") WHERE "status" IN ('draft', 'submitted', 'returned')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_needs_assessment__unit_assessed_on" ON "needs_assessment" ("police_unit_id", "assessed_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "needs_assessment_role" ("needs_assessment_id" uuid NOT NULL, "competency_role_id" uuid NOT NULL, "officers_now" integer NOT NULL, "officers_needed" integer NOT NULL, CONSTRAINT "ck_needs_assessment_role__officers" CHECK ("officers_now" BETWEEN 0 AND 100000 AND "officers_needed" BETWEEN 0 AND 100000), CONSTRAINT "pk_needs_assessment_role" PRIMARY KEY ("needs_assessment_id", "competency_role_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."competency_level_source" AS ENUM('inferred', 'corrected')`);
    await queryRunner.query(
      `CREATE TABLE "needs_assessment_level" ("needs_assessment_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "competency_revision" integer NOT NULL, "inferred_level" smallint NOT NULL, "current_level" smallint NOT NULL, "source" "public"."competency_level_source" NOT NULL DEFAULT 'inferred', CONSTRAINT "ck_needs_assessment_level__levels" CHECK ("current_level" BETWEEN 0 AND 5 AND "inferred_level" BETWEEN 0 AND 5), CONSTRAINT "pk_needs_assessment_level" PRIMARY KEY ("needs_assessment_id", "competency_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."workplan_status" AS ENUM('draft', 'approved')`);
    await queryRunner.query(
      `CREATE TABLE "workplan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "country_code" character(2) NOT NULL, "period_start" character varying(7) NOT NULL, "period_end" character varying(7) NOT NULL, "status" "public"."workplan_status" NOT NULL DEFAULT 'draft', "created_by" uuid, "approved_by" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_workplan__quarters" CHECK ("period_start" ~ '^[0-9]{4}-Q[1-4]$' AND "period_end" ~ '^[0-9]{4}-Q[1-4]$' AND "period_start" <= "period_end"), CONSTRAINT "pk_workplan" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_workplan__country_period" ON "workplan" ("country_code", "period_start")`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workplan_id" uuid NOT NULL, "police_unit_id" uuid NOT NULL, "course_id" uuid NOT NULL, "competency_id" uuid, "officers" smallint NOT NULL, "delivery_mode" "public"."delivery_mode" NOT NULL, "language" character varying(10) NOT NULL, "quarter" character varying(7) NOT NULL, "priority_explanation" jsonb, "training_request_id" uuid, "cohort_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_plan_line__officers" CHECK ("officers" BETWEEN 1 AND 500), CONSTRAINT "ck_plan_line__quarter" CHECK ("quarter" ~ '^[0-9]{4}-Q[1-4]$'), CONSTRAINT "pk_plan_line" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_line__police_unit_id" ON "plan_line" ("police_unit_id")`);
    await queryRunner.query(`CREATE INDEX "ix_plan_line__course_id" ON "plan_line" ("course_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_plan_line__training_request_id" ON "plan_line" ("training_request_id") WHERE "training_request_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_line__cohort_id" ON "plan_line" ("cohort_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_plan_line__unit_course_quarter" ON "plan_line" ("workplan_id", "police_unit_id", "course_id", "quarter")`,
    );
    await queryRunner.query(
      `ALTER TABLE "competency_revision" ADD CONSTRAINT "fk_competency_revision__competency_id" FOREIGN KEY ("competency_id") REFERENCES "competency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competency_revision" ADD CONSTRAINT "fk_competency_revision__changed_by" FOREIGN KEY ("changed_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competency_role_competency" ADD CONSTRAINT "fk_competency_role_competency__role_id" FOREIGN KEY ("competency_role_id") REFERENCES "competency_role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competency_role_competency" ADD CONSTRAINT "fk_competency_role_competency__competency_id" FOREIGN KEY ("competency_id") REFERENCES "competency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_competency" ADD CONSTRAINT "fk_course_competency__course_id" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_competency" ADD CONSTRAINT "fk_course_competency__competency_id" FOREIGN KEY ("competency_id") REFERENCES "competency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_competency" ADD CONSTRAINT "fk_programme_competency__programme_id" FOREIGN KEY ("programme_id") REFERENCES "certification_programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_competency" ADD CONSTRAINT "fk_programme_competency__competency_id" FOREIGN KEY ("competency_id") REFERENCES "competency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "country_priority" ADD CONSTRAINT "fk_country_priority__country_code" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "country_priority" ADD CONSTRAINT "fk_country_priority__updated_by" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment" ADD CONSTRAINT "fk_needs_assessment__police_unit_id" FOREIGN KEY ("police_unit_id") REFERENCES "police_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment" ADD CONSTRAINT "fk_needs_assessment__created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment" ADD CONSTRAINT "fk_needs_assessment__submitted_by" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment" ADD CONSTRAINT "fk_needs_assessment__reviewed_by" FOREIGN KEY ("reviewed_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment_role" ADD CONSTRAINT "fk_needs_assessment_role__assessment_id" FOREIGN KEY ("needs_assessment_id") REFERENCES "needs_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment_role" ADD CONSTRAINT "fk_needs_assessment_role__role_id" FOREIGN KEY ("competency_role_id") REFERENCES "competency_role"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment_level" ADD CONSTRAINT "fk_needs_assessment_level__assessment_id" FOREIGN KEY ("needs_assessment_id") REFERENCES "needs_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment_level" ADD CONSTRAINT "fk_needs_assessment_level__competency_id" FOREIGN KEY ("competency_id") REFERENCES "competency"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workplan" ADD CONSTRAINT "fk_workplan__country_code" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workplan" ADD CONSTRAINT "fk_workplan__created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workplan" ADD CONSTRAINT "fk_workplan__approved_by" FOREIGN KEY ("approved_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_line" ADD CONSTRAINT "fk_plan_line__workplan_id" FOREIGN KEY ("workplan_id") REFERENCES "workplan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_line" ADD CONSTRAINT "fk_plan_line__police_unit_id" FOREIGN KEY ("police_unit_id") REFERENCES "police_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_line" ADD CONSTRAINT "fk_plan_line__course_id" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_line" ADD CONSTRAINT "fk_plan_line__competency_id" FOREIGN KEY ("competency_id") REFERENCES "competency"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_line" ADD CONSTRAINT "fk_plan_line__training_request_id" FOREIGN KEY ("training_request_id") REFERENCES "training_request"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_line" ADD CONSTRAINT "fk_plan_line__cohort_id" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_line" DROP CONSTRAINT "fk_plan_line__cohort_id"`);
    await queryRunner.query(`ALTER TABLE "plan_line" DROP CONSTRAINT "fk_plan_line__training_request_id"`);
    await queryRunner.query(`ALTER TABLE "plan_line" DROP CONSTRAINT "fk_plan_line__competency_id"`);
    await queryRunner.query(`ALTER TABLE "plan_line" DROP CONSTRAINT "fk_plan_line__course_id"`);
    await queryRunner.query(`ALTER TABLE "plan_line" DROP CONSTRAINT "fk_plan_line__police_unit_id"`);
    await queryRunner.query(`ALTER TABLE "plan_line" DROP CONSTRAINT "fk_plan_line__workplan_id"`);
    await queryRunner.query(`ALTER TABLE "workplan" DROP CONSTRAINT "fk_workplan__approved_by"`);
    await queryRunner.query(`ALTER TABLE "workplan" DROP CONSTRAINT "fk_workplan__created_by"`);
    await queryRunner.query(`ALTER TABLE "workplan" DROP CONSTRAINT "fk_workplan__country_code"`);
    await queryRunner.query(
      `ALTER TABLE "needs_assessment_level" DROP CONSTRAINT "fk_needs_assessment_level__competency_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "needs_assessment_level" DROP CONSTRAINT "fk_needs_assessment_level__assessment_id"`,
    );
    await queryRunner.query(`ALTER TABLE "needs_assessment_role" DROP CONSTRAINT "fk_needs_assessment_role__role_id"`);
    await queryRunner.query(
      `ALTER TABLE "needs_assessment_role" DROP CONSTRAINT "fk_needs_assessment_role__assessment_id"`,
    );
    await queryRunner.query(`ALTER TABLE "needs_assessment" DROP CONSTRAINT "fk_needs_assessment__reviewed_by"`);
    await queryRunner.query(`ALTER TABLE "needs_assessment" DROP CONSTRAINT "fk_needs_assessment__submitted_by"`);
    await queryRunner.query(`ALTER TABLE "needs_assessment" DROP CONSTRAINT "fk_needs_assessment__created_by"`);
    await queryRunner.query(`ALTER TABLE "needs_assessment" DROP CONSTRAINT "fk_needs_assessment__police_unit_id"`);
    await queryRunner.query(`ALTER TABLE "country_priority" DROP CONSTRAINT "fk_country_priority__updated_by"`);
    await queryRunner.query(`ALTER TABLE "country_priority" DROP CONSTRAINT "fk_country_priority__country_code"`);
    await queryRunner.query(
      `ALTER TABLE "programme_competency" DROP CONSTRAINT "fk_programme_competency__competency_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "programme_competency" DROP CONSTRAINT "fk_programme_competency__programme_id"`,
    );
    await queryRunner.query(`ALTER TABLE "course_competency" DROP CONSTRAINT "fk_course_competency__competency_id"`);
    await queryRunner.query(`ALTER TABLE "course_competency" DROP CONSTRAINT "fk_course_competency__course_id"`);
    await queryRunner.query(
      `ALTER TABLE "competency_role_competency" DROP CONSTRAINT "fk_competency_role_competency__competency_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "competency_role_competency" DROP CONSTRAINT "fk_competency_role_competency__role_id"`,
    );
    await queryRunner.query(`ALTER TABLE "competency_revision" DROP CONSTRAINT "fk_competency_revision__changed_by"`);
    await queryRunner.query(
      `ALTER TABLE "competency_revision" DROP CONSTRAINT "fk_competency_revision__competency_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_plan_line__unit_course_quarter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_line__cohort_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_plan_line__training_request_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_line__course_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_line__police_unit_id"`);
    await queryRunner.query(`DROP TABLE "plan_line"`);
    await queryRunner.query(`DROP INDEX "public"."ix_workplan__country_period"`);
    await queryRunner.query(`DROP TABLE "workplan"`);
    await queryRunner.query(`DROP TYPE "public"."workplan_status"`);
    await queryRunner.query(`DROP TABLE "needs_assessment_level"`);
    await queryRunner.query(`DROP TYPE "public"."competency_level_source"`);
    await queryRunner.query(`DROP TABLE "needs_assessment_role"`);
    await queryRunner.query(`DROP INDEX "public"."ix_needs_assessment__unit_assessed_on"`);
    await queryRunner.query(`DROP INDEX "public"."uq_needs_assessment__open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_needs_assessment__status"`);
    await queryRunner.query(`DROP TABLE "needs_assessment"`);
    await queryRunner.query(`DROP TYPE "public"."needs_assessment_status"`);
    await queryRunner.query(`DROP TABLE "country_priority"`);
    await queryRunner.query(`DROP INDEX "public"."ix_programme_competency__competency_id"`);
    await queryRunner.query(`DROP TABLE "programme_competency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_competency__competency_id"`);
    await queryRunner.query(`DROP TABLE "course_competency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competency_role_competency__competency_id"`);
    await queryRunner.query(`DROP TABLE "competency_role_competency"`);
    await queryRunner.query(`DROP TABLE "competency_revision"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competency__category"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competency__key"`);
    await queryRunner.query(`DROP TABLE "competency"`);
    await queryRunner.query(`DROP TYPE "public"."competency_category"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competency_role__key"`);
    await queryRunner.query(`DROP TABLE "competency_role"`);
    await queryRunner.query(`DROP TYPE "public"."competency_role_sector"`);
    await queryRunner.query(`DELETE FROM "translation" WHERE "entity_type" IN ('competency_role', 'competency')`);
    await queryRunner.query(`DROP INDEX "public"."uq_translation__entity_locale"`);
    await queryRunner.query(`ALTER TYPE "public"."translation_entity" RENAME TO "translation_entity_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."translation_entity" AS ENUM('course', 'course_module', 'lesson', 'question', 'certification_programme', 'topic')`,
    );
    await queryRunner.query(
      `ALTER TABLE "translation" ALTER COLUMN "entity_type" TYPE "public"."translation_entity" USING "entity_type"::"text"::"public"."translation_entity"`,
    );
    await queryRunner.query(`DROP TYPE "public"."translation_entity_old"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_translation__entity_locale" ON "translation" ("entity_type", "entity_id", "locale")`,
    );
  }
}
