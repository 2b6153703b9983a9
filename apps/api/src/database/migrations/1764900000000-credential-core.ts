import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credentials any verifier accepts (issue 15, server side):
 * - `credential_status_list`: the revocation lists. List 1 is the one every credential issued so far
 *   names, with sequential indexes (rows written without an index, as before, still get the next one);
 *   it is closed to new issuance and its size grows to cover every index in it. New credentials draw
 *   their index at random from the free ones of the open list (2, 3, …); a full list is closed and the
 *   next one opened (`/api/credentials/status/<n>`). The signed list is kept (`signed_jwt`, `etag`,
 *   `valid_until`) and re-signed when `changed` or close to its `valid_until`.
 * - `certification.status_list`: the list its index is in (1 for everything already issued).
 * - `certification.identity_salt`: the salt of the credential's hashed identifiers (e-mail, name).
 * - `certification.revocation_category`: what verifiers are told; earlier free-text reasons are `other`.
 * - `wallet_offer`: OpenID for VC Issuance offers (pre-authorized code flow): the hashes of the one-time code
 *   and of the access token it is exchanged for, each with its expiry, and the wallet DID the credential went to.
 */
export class CredentialCore1764900000000 implements MigrationInterface {
  name = 'CredentialCore1764900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "credential_status_list" ("id" integer NOT NULL, "size" integer NOT NULL, "allocated" integer NOT NULL DEFAULT '0', "last_index" integer, "full" boolean NOT NULL DEFAULT false, "changed" boolean NOT NULL DEFAULT true, "signed_jwt" text, "etag" character varying(64), "valid_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_credential_status_list__size" CHECK ("size" >= 8 AND "size" % 8 = 0 AND "allocated" <= "size"), CONSTRAINT "pk_credential_status_list" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "credential_status_list" ("id", "size", "allocated", "last_index", "full")
       SELECT 1, greatest(131072, ((coalesce(max("status_list_index"), 0) + 1 + 7) / 8) * 8), 0, max("status_list_index"), true
         FROM "certification"`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."revocation_category" AS ENUM('issued_in_error', 'fraud', 'misconduct', 'holder_request', 'other')`,
    );
    await queryRunner.query(`ALTER TABLE "certification" ADD "status_list" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "certification" ADD "identity_salt" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "certification" ADD "revocation_category" "public"."revocation_category"`);
    await queryRunner.query(`UPDATE "certification" SET "revocation_category" = 'other' WHERE "status" = 'revoked'`);
    await queryRunner.query(`DROP INDEX "public"."uq_certification__status_list_index"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certification__status_list_index" ON "certification" ("status_list", "status_list_index") `,
    );
    await queryRunner.query(
      `ALTER TABLE "certification" ADD CONSTRAINT "fk_certification__status_list" FOREIGN KEY ("status_list") REFERENCES "credential_status_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "wallet_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "certification_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "code_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "token_hash" character varying(64), "token_expires_at" TIMESTAMP WITH TIME ZONE, "issued_at" TIMESTAMP WITH TIME ZONE, "holder_did" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_wallet_offer" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_wallet_offer__code_hash" ON "wallet_offer" ("code_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_wallet_offer__token_hash" ON "wallet_offer" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_wallet_offer__certification_id" ON "wallet_offer" ("certification_id") `);
    await queryRunner.query(
      `ALTER TABLE "wallet_offer" ADD CONSTRAINT "fk_wallet_offer__certification_id" FOREIGN KEY ("certification_id") REFERENCES "certification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "wallet_offer"`);
    await queryRunner.query(`ALTER TABLE "certification" DROP CONSTRAINT "fk_certification__status_list"`);
    await queryRunner.query(`DROP INDEX "public"."uq_certification__status_list_index"`);
    await queryRunner.query(`DELETE FROM "certification" WHERE "status_list" <> 1`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_certification__status_list_index" ON "certification" ("status_list_index") `,
    );
    await queryRunner.query(`ALTER TABLE "certification" DROP COLUMN "revocation_category"`);
    await queryRunner.query(`ALTER TABLE "certification" DROP COLUMN "identity_salt"`);
    await queryRunner.query(`ALTER TABLE "certification" DROP COLUMN "status_list"`);
    await queryRunner.query(`DROP TYPE "public"."revocation_category"`);
    await queryRunner.query(`DROP TABLE "credential_status_list"`);
  }
}
