import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Switch to this run" into a full run: the officer keeps their seat and waits in the new run's queue, in a
 * waitlisted enrolment that names the seat it will replace (`switch_from_id`). Such a pending switch is left
 * out of the one-active-enrolment-per-course index (it never holds a seat: promotion withdraws the old
 * enrolment first, then clears the mark), and an officer has at most one pending switch per course.
 */
export class EnrolmentSwitch1764240000000 implements MigrationInterface {
  name = 'EnrolmentSwitch1764240000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment" ADD "switch_from_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "ck_enrolment__switch_from" CHECK ("switch_from_id" IS NULL OR "status" IN ('waitlisted', 'withdrawn'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "fk_enrolment__switch_from_id" FOREIGN KEY ("switch_from_id") REFERENCES "enrolment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_enrolment__officer_course"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolment__officer_course" ON "enrolment" ("officer_id", "course_id") WHERE "status" IN ('pending_approval', 'enrolled', 'waitlisted') AND "switch_from_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolment__pending_switch" ON "enrolment" ("officer_id", "course_id") WHERE "status" = 'waitlisted' AND "switch_from_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_enrolment__switch_from_id" ON "enrolment" ("switch_from_id") WHERE "switch_from_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_enrolment__switch_from_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrolment__pending_switch"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrolment__officer_course"`);
    await queryRunner.query(
      `UPDATE "enrolment" SET "status" = 'withdrawn' WHERE "switch_from_id" IS NOT NULL AND "status" = 'waitlisted'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolment__officer_course" ON "enrolment" ("officer_id", "course_id") WHERE "status" IN ('pending_approval', 'enrolled', 'waitlisted')`,
    );
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "fk_enrolment__switch_from_id"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "ck_enrolment__switch_from"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP COLUMN "switch_from_id"`);
  }
}
