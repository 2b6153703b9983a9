import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Passwords set before the strength rule may be weak. Only at sign-in is the plaintext known, so that is
 * when it is judged again; a weak one marks the account, and the portal asks for a new password until then.
 */
export class PasswordChangeRequired1764250000000 implements MigrationInterface {
  name = 'PasswordChangeRequired1764250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "password_change_required" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "password_change_required"`);
  }
}
