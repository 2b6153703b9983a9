import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local trainers (issue 19). A certification programme may be a train-the-trainer programme
 * (`trainer_course_ids`: the courses its holders may deliver); an officer holding one applies
 * (`local_trainer_application`), their coordinator and an admin confirm, and they get the `local_trainer`
 * grant per course and a trainer profile (`local_since`, `trained_in_cohort_id`: the cascade's lineage).
 * A course may say who delivers it (`delivery_policy`; null: the default of its level).
 */
export class LocalTrainers1764610000000 implements MigrationInterface {
  name = 'LocalTrainers1764610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."local_trainer_application_status" AS ENUM('pending', 'confirmed', 'refused')`,
    );
    await queryRunner.query(
      `CREATE TABLE "local_trainer_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "officer_id" uuid NOT NULL, "certification_id" uuid NOT NULL, "course_ids" uuid array NOT NULL, "languages" character varying(10) array NOT NULL, "load_limit_per_quarter" smallint NOT NULL, "trained_in_cohort_id" uuid, "status" "public"."local_trainer_application_status" NOT NULL DEFAULT 'pending', "coordinator_confirmed_by" uuid, "coordinator_confirmed_at" TIMESTAMP WITH TIME ZONE, "admin_confirmed_by" uuid, "admin_confirmed_at" TIMESTAMP WITH TIME ZONE, "refused_by" uuid, "refused_at" TIMESTAMP WITH TIME ZONE, "refusal_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_local_trainer_application__load_limit" CHECK ("load_limit_per_quarter" BETWEEN 1 AND 50), CONSTRAINT "pk_local_trainer_application" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_local_trainer_application__pending" ON "local_trainer_application" ("officer_id") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`CREATE TYPE "public"."delivery_policy" AS ENUM('local_first', 'experts', 'co_delivery')`);
    await queryRunner.query(`ALTER TABLE "course" ADD "delivery_policy" "public"."delivery_policy"`);
    await queryRunner.query(`ALTER TABLE "trainer_profile" ADD "local_since" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "trainer_profile" ADD "trained_in_cohort_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "certification_programme" ADD "trainer_course_ids" uuid array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_profile" ADD CONSTRAINT "fk_trainer_profile__trained_in_cohort_id" FOREIGN KEY ("trained_in_cohort_id") REFERENCES "cohort"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    for (const [column, table, onDelete] of [
      ['officer_id', 'app_user', 'CASCADE'],
      ['certification_id', 'certification', 'CASCADE'],
      ['trained_in_cohort_id', 'cohort', 'SET NULL'],
      ['coordinator_confirmed_by', 'app_user', 'SET NULL'],
      ['admin_confirmed_by', 'app_user', 'SET NULL'],
      ['refused_by', 'app_user', 'SET NULL'],
    ])
      await queryRunner.query(
        `ALTER TABLE "local_trainer_application" ADD CONSTRAINT "fk_local_trainer_application__${column}" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainer_profile" DROP CONSTRAINT "fk_trainer_profile__trained_in_cohort_id"`);
    await queryRunner.query(`ALTER TABLE "certification_programme" DROP COLUMN "trainer_course_ids"`);
    await queryRunner.query(`ALTER TABLE "trainer_profile" DROP COLUMN "trained_in_cohort_id"`);
    await queryRunner.query(`ALTER TABLE "trainer_profile" DROP COLUMN "local_since"`);
    await queryRunner.query(`ALTER TABLE "course" DROP COLUMN "delivery_policy"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_policy"`);
    await queryRunner.query(`DROP TABLE "local_trainer_application"`);
    await queryRunner.query(`DROP TYPE "public"."local_trainer_application_status"`);
  }
}
