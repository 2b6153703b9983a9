import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lesson completion made offline carries the id its browser gave it, so that sending it again (a lost
 * answer, a second sync) is recognised and accepted once. Completions saved online have none.
 */
export class OfflineCompletion1764280000000 implements MigrationInterface {
  name = 'OfflineCompletion1764280000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lesson_completion" ADD "client_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_lesson_completion__client_id" ON "lesson_completion" ("client_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_lesson_completion__client_id"`);
    await queryRunner.query(`ALTER TABLE "lesson_completion" DROP COLUMN "client_id"`);
  }
}
