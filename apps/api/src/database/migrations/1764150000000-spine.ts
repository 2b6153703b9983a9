import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations (regions, countries, police units, member firms), identity (users, sessions) and audit. */
export class Spine1764150000000 implements MigrationInterface {
  name = 'Spine1764150000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "region" ("code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, CONSTRAINT "pk_region" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "country" ("code" character(2) NOT NULL, "name" character varying(120) NOT NULL, "region_code" character varying(40) NOT NULL, "hotspot" boolean NOT NULL DEFAULT false, CONSTRAINT "pk_country" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_country__region_code" ON "country" ("region_code") `);
    await queryRunner.query(
      `CREATE TABLE "member_firm" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "country_code" character(2) NOT NULL, "website" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_member_firm" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_member_firm__name" ON "member_firm" ("name") `);
    await queryRunner.query(
      `CREATE TABLE "police_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "agency" character varying(200) NOT NULL, "city" character varying(120) NOT NULL, "country_code" character(2) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_police_unit" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_police_unit__country_code" ON "police_unit" ("country_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_police_unit__name" ON "police_unit" ("country_code", "name") `);
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('officer', 'coordinator', 'trainer', 'member_admin', 'admin')`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "role" "public"."user_role" NOT NULL, "password_hash" character varying(255) NOT NULL, "police_unit_id" uuid, "member_firm_id" uuid, "locale" character varying(10), "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_app_user__member_firm_id" CHECK (("role" NOT IN ('trainer', 'member_admin')) OR "member_firm_id" IS NOT NULL), CONSTRAINT "ck_app_user__police_unit_id" CHECK (("role" NOT IN ('officer', 'coordinator')) OR "police_unit_id" IS NOT NULL), CONSTRAINT "pk_app_user" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user__email" ON "app_user" ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_app_user__police_unit_id" ON "app_user" ("police_unit_id") `);
    await queryRunner.query(`CREATE INDEX "ix_app_user__member_firm_id" ON "app_user" ("member_firm_id") `);
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" character varying(80) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(80) NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_audit_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_event__created_at" ON "audit_event" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_event__entity" ON "audit_event" ("entity_type", "entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "ip_address" character varying(45), "user_agent" character varying(300), CONSTRAINT "pk_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session__user_id" ON "session" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_session__token_hash" ON "session" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_session__expires_at" ON "session" ("expires_at") `);
    await queryRunner.query(
      `ALTER TABLE "country" ADD CONSTRAINT "fk_country__region_code" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "member_firm" ADD CONSTRAINT "fk_member_firm__country_code" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "police_unit" ADD CONSTRAINT "fk_police_unit__country_code" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user__police_unit_id" FOREIGN KEY ("police_unit_id") REFERENCES "police_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user__member_firm_id" FOREIGN KEY ("member_firm_id") REFERENCES "member_firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "fk_audit_event__actor_id" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "fk_session__user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "police_unit"`);
    await queryRunner.query(`DROP TABLE "member_firm"`);
    await queryRunner.query(`DROP TABLE "country"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
  }
}
