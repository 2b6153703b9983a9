import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages and e-mail: notifications name the object they are about and how they went out (in-app only,
 * e-mail, daily digest); users choose that per kind; every e-mail is a row the send job claims, so it
 * goes out once even when its job runs twice.
 */
export class Messages1764400000000 implements MigrationInterface {
  name = 'Messages1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "delivery" character varying(10) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification_preference" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "email_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "dedupe_key" character varying(200) NOT NULL, "kind" character varying(60) NOT NULL, "to_address" character varying(254) NOT NULL, "to_name" character varying(120) NOT NULL, "locale" character varying(10) NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT '[]', "status" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "claimed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "provider_message_id" character varying(300), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_email_message" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_email_message__dedupe_key" ON "email_message" ("dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "ix_email_message__user" ON "email_message" ("user_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "notification" ADD "object_type" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "object_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD "delivery" character varying(10) NOT NULL DEFAULT 'in_app'`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ADD "digested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "ix_notification__digest_due" ON "notification" ("user_id", "created_at") WHERE delivery = 'digest' AND digested_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification__user_object" ON "notification" ("user_id", "object_type", "object_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "fk_notification_preference__user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_message" ADD CONSTRAINT "fk_email_message__user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_message" DROP CONSTRAINT "fk_email_message__user_id"`);
    await queryRunner.query(
      `ALTER TABLE "notification_preference" DROP CONSTRAINT "fk_notification_preference__user_id"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_notification__user_object"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification__digest_due"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "digested_at"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "delivery"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "object_id"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "object_type"`);
    await queryRunner.query(`DROP TABLE "email_message"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
