import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time account links (issue 16): an invitation to set a first password, or a password reset. Only the
 * sha-256 of the token is stored; a link expires, is used once (`used_at`), and is revoked when a newer link
 * of the user replaces it or the account's password is set through another.
 */
export class AccountLinks1765100000000 implements MigrationInterface {
  name = 'AccountLinks1765100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."account_link_purpose" AS ENUM('invitation', 'password_reset')`);
    await queryRunner.query(
      `CREATE TABLE "account_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."account_link_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "issued_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_account_link" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_account_link__token_hash" ON "account_link" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_account_link__user_id" ON "account_link" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "account_link" ADD CONSTRAINT "fk_account_link__user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_link" ADD CONSTRAINT "fk_account_link__issued_by" FOREIGN KEY ("issued_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_link"`);
    await queryRunner.query(`DROP TYPE "public"."account_link_purpose"`);
  }
}
