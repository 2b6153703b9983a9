import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows are claimed before they are sent, so two relays running at once never send the same rows; a
 * claim older than a minute (a relay that died mid-way) is taken over.
 */
export class OutboxClaim1764200000000 implements MigrationInterface {
  name = 'OutboxClaim1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "claimed_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "claimed_at"`);
  }
}
