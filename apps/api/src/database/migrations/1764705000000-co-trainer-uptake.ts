import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local trainers count wherever trainers count (issue 19): the uptake rollup keeps a completed cohort's
 * co-trainer (co-delivery, `cohort.co_trainer_id`) beside its trainer, so "trainers who delivered" counts both.
 * The next refresh fills it (rollups are rebuilt whole).
 */
export class CoTrainerUptake1764705000000 implements MigrationInterface {
  name = 'CoTrainerUptake1764705000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "uptake_cohort" ADD "co_trainer_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "uptake_cohort" DROP COLUMN "co_trainer_id"`);
  }
}
