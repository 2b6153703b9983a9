import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matcher looks up, once per round, the trainers busy over the request's period (bookings and declared
 * unavailability overlapping it) and those already asked for the request, as sets: GiST indexes on the periods
 * alone (the exclusion constraint's index leads with the trainer) and a B-tree on the assignment's request.
 */
export class MatcherPeriodIndexes1765520000000 implements MigrationInterface {
  name = 'MatcherPeriodIndexes1765520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_trainer_booking__period" ON "trainer_booking" USING gist ("period")`);
    await queryRunner.query(
      `CREATE INDEX "ix_trainer_unavailability__period_only" ON "trainer_unavailability" USING gist ("period")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignment__training_request_id" ON "assignment" ("training_request_id", "trainer_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_assignment__training_request_id"`);
    await queryRunner.query(`DROP INDEX "ix_trainer_unavailability__period_only"`);
    await queryRunner.query(`DROP INDEX "ix_trainer_booking__period"`);
  }
}
