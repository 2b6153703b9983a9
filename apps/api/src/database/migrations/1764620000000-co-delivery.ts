import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Co-delivery (issue 19): a course whose policy is `co_delivery` is taught by a pair, one member-firm expert
 * (seat 1, the cohort's `trainer_id`) and one local trainer (seat 2, the cohort's `co_trainer_id`). The pair's
 * two proposals are made in one transaction, or neither; each points at the other (`co_delivery_partner_id`).
 * One live assignment per request and seat. The co-trainer's time is a `co_delivery` booking of the cohort in
 * `trainer_booking`, under the same exclusion constraint as every other commitment.
 */
export class CoDelivery1764620000000 implements MigrationInterface {
  name = 'CoDelivery1764620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_assignment__request_live"`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD "seat" smallint NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "assignment" ADD "co_delivery_partner_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "ck_assignment__seat" CHECK ("seat" IN (1, 2) AND ("seat" = 1 OR "co_delivery_partner_id" IS NOT NULL))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assignment__request_live" ON "assignment" ("training_request_id", "seat") WHERE "status" IN ('proposed', 'accepted')`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "fk_assignment__co_delivery_partner_id" FOREIGN KEY ("co_delivery_partner_id") REFERENCES "assignment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "cohort" ADD "co_trainer_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "cohort" ADD CONSTRAINT "ck_cohort__co_trainer" CHECK ("co_trainer_id" IS NULL OR ("trainer_id" IS NOT NULL AND "co_trainer_id" <> "trainer_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort" ADD CONSTRAINT "fk_cohort__co_trainer_id" FOREIGN KEY ("co_trainer_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_cohort__co_trainer_id" ON "cohort" ("co_trainer_id") WHERE "co_trainer_id" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "trainer_booking" DROP CONSTRAINT "ck_trainer_booking__kind"`);
    await queryRunner.query(
      `ALTER TABLE "trainer_booking" ADD CONSTRAINT "ck_trainer_booking__kind" CHECK ("kind" IN ('assignment', 'cohort', 'co_delivery'))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_trainer_booking__co_delivery_cohort_id" ON "trainer_booking" ("cohort_id") WHERE "kind" = 'co_delivery'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "trainer_booking" WHERE "kind" = 'co_delivery'`);
    await queryRunner.query(`DROP INDEX "public"."uq_trainer_booking__co_delivery_cohort_id"`);
    await queryRunner.query(`ALTER TABLE "trainer_booking" DROP CONSTRAINT "ck_trainer_booking__kind"`);
    await queryRunner.query(
      `ALTER TABLE "trainer_booking" ADD CONSTRAINT "ck_trainer_booking__kind" CHECK ("kind" IN ('assignment', 'cohort'))`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_cohort__co_trainer_id"`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP CONSTRAINT "fk_cohort__co_trainer_id"`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP CONSTRAINT "ck_cohort__co_trainer"`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP COLUMN "co_trainer_id"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "fk_assignment__co_delivery_partner_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assignment__request_live"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "ck_assignment__seat"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "co_delivery_partner_id"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "seat"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assignment__request_live" ON "assignment" ("training_request_id") WHERE "status" IN ('proposed', 'accepted')`,
    );
  }
}
