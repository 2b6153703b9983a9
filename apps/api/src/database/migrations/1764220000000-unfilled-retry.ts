import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An unfilled request is re-tried when a trainer who may serve it becomes free: the request records when
 * and why it was last re-opened that way, and in which round (the matcher does not tell admins again when
 * that round ends unfilled too).
 */
export class UnfilledRetry1764220000000 implements MigrationInterface {
  name = 'UnfilledRetry1764220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."training_request_reopen_reason" AS ENUM('proposal_declined', 'proposal_expired', 'booking_cancelled', 'unavailability_removed', 'profile_widened')`,
    );
    await queryRunner.query(`ALTER TABLE "training_request" ADD "reopened_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "training_request" ADD "reopen_reason" "public"."training_request_reopen_reason"`,
    );
    await queryRunner.query(`ALTER TABLE "training_request" ADD "reopened_round" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_request" DROP COLUMN "reopened_round"`);
    await queryRunner.query(`ALTER TABLE "training_request" DROP COLUMN "reopen_reason"`);
    await queryRunner.query(`ALTER TABLE "training_request" DROP COLUMN "reopened_at"`);
    await queryRunner.query(`DROP TYPE "public"."training_request_reopen_reason"`);
  }
}
