import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Courses in the officer's language. `content_locale` lists the languages content is written or translated in
 * (six seeded; `search_config` is the PostgreSQL text search configuration, null: trigram matching). A
 * `translation` holds one entity's text in one locale with its status and the source revision it was made from;
 * translatable entities carry a `revision` bumped on every source edit, courses and programmes a
 * `source_locale`. Every existing text becomes the source in `en`, every existing attempt was taken in `en`.
 * A user lists the further languages they read (`reads_locales`); `capability_grant` gives a user a
 * capability beside their role (`translate` a locale, `local_trainer` a course).
 */
export class ContentLanguages1764260000000 implements MigrationInterface {
  name = 'ContentLanguages1764260000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "content_locale" ("code" character varying(10) NOT NULL, "name" text NOT NULL, "search_config" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_content_locale" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "content_locale" ("code", "name", "search_config") VALUES
        ('en', 'English', 'english'),
        ('es', 'Español', 'spanish'),
        ('pt-BR', 'Português (Brasil)', 'portuguese'),
        ('ru', 'Русский', 'russian'),
        ('uk', 'Українська', NULL),
        ('zh-CN', '中文（简体）', NULL)`,
    );
    await queryRunner.query(`CREATE TYPE "public"."capability" AS ENUM('translate', 'local_trainer')`);
    await queryRunner.query(
      `CREATE TABLE "capability_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "capability" "public"."capability" NOT NULL, "scope" character varying(64) NOT NULL, "granted_by" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, CONSTRAINT "pk_capability_grant" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_capability_grant__live" ON "capability_grant" ("user_id", "capability", "scope") WHERE "revoked_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."translation_entity" AS ENUM('course', 'course_module', 'lesson', 'question', 'certification_programme', 'topic')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."translation_status" AS ENUM('draft', 'published', 'outdated')`);
    await queryRunner.query(
      `CREATE TABLE "translation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_type" "public"."translation_entity" NOT NULL, "entity_id" character varying(64) NOT NULL, "course_id" uuid, "locale" character varying(10) NOT NULL, "fields" jsonb NOT NULL, "status" "public"."translation_status" NOT NULL DEFAULT 'draft', "source_fields" jsonb NOT NULL, "source_revision" integer NOT NULL, "outdated_since" TIMESTAMP WITH TIME ZONE, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_translation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_translation__locale" ON "translation" ("locale")`);
    await queryRunner.query(`CREATE INDEX "ix_translation__course_locale" ON "translation" ("course_id", "locale")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_translation__entity_locale" ON "translation" ("entity_type", "entity_id", "locale")`,
    );
    await queryRunner.query(`ALTER TABLE "lesson" ADD "revision" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "course_module" ADD "revision" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "course" ADD "revision" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "course" ADD "source_locale" character varying(10) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "question" ADD "revision" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "reads_locales" character varying(10) array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_attempt" ADD "locale" character varying(10) NOT NULL DEFAULT 'en'`,
    );
    await queryRunner.query(`ALTER TABLE "certification_programme" ADD "revision" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "certification_programme" ADD "source_locale" character varying(10) NOT NULL DEFAULT 'en'`,
    );
    await queryRunner.query(
      `ALTER TABLE "course" ADD CONSTRAINT "fk_course__source_locale" FOREIGN KEY ("source_locale") REFERENCES "content_locale"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_programme" ADD CONSTRAINT "fk_certification_programme__source_locale" FOREIGN KEY ("source_locale") REFERENCES "content_locale"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_grant" ADD CONSTRAINT "fk_capability_grant__user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_grant" ADD CONSTRAINT "fk_capability_grant__granted_by" FOREIGN KEY ("granted_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_grant" ADD CONSTRAINT "fk_capability_grant__revoked_by" FOREIGN KEY ("revoked_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "translation" ADD CONSTRAINT "fk_translation__course_id" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "translation" ADD CONSTRAINT "fk_translation__locale" FOREIGN KEY ("locale") REFERENCES "content_locale"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "translation" ADD CONSTRAINT "fk_translation__updated_by" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "translation" DROP CONSTRAINT "fk_translation__updated_by"`);
    await queryRunner.query(`ALTER TABLE "translation" DROP CONSTRAINT "fk_translation__locale"`);
    await queryRunner.query(`ALTER TABLE "translation" DROP CONSTRAINT "fk_translation__course_id"`);
    await queryRunner.query(`ALTER TABLE "capability_grant" DROP CONSTRAINT "fk_capability_grant__revoked_by"`);
    await queryRunner.query(`ALTER TABLE "capability_grant" DROP CONSTRAINT "fk_capability_grant__granted_by"`);
    await queryRunner.query(`ALTER TABLE "capability_grant" DROP CONSTRAINT "fk_capability_grant__user_id"`);
    await queryRunner.query(
      `ALTER TABLE "certification_programme" DROP CONSTRAINT "fk_certification_programme__source_locale"`,
    );
    await queryRunner.query(`ALTER TABLE "course" DROP CONSTRAINT "fk_course__source_locale"`);
    await queryRunner.query(`ALTER TABLE "certification_programme" DROP COLUMN "source_locale"`);
    await queryRunner.query(`ALTER TABLE "certification_programme" DROP COLUMN "revision"`);
    await queryRunner.query(`ALTER TABLE "assessment_attempt" DROP COLUMN "locale"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "reads_locales"`);
    await queryRunner.query(`ALTER TABLE "question" DROP COLUMN "revision"`);
    await queryRunner.query(`ALTER TABLE "course" DROP COLUMN "source_locale"`);
    await queryRunner.query(`ALTER TABLE "course" DROP COLUMN "revision"`);
    await queryRunner.query(`ALTER TABLE "course_module" DROP COLUMN "revision"`);
    await queryRunner.query(`ALTER TABLE "lesson" DROP COLUMN "revision"`);
    await queryRunner.query(`DROP TABLE "translation"`);
    await queryRunner.query(`DROP TYPE "public"."translation_status"`);
    await queryRunner.query(`DROP TYPE "public"."translation_entity"`);
    await queryRunner.query(`DROP TABLE "capability_grant"`);
    await queryRunner.query(`DROP TYPE "public"."capability"`);
    await queryRunner.query(`DROP TABLE "content_locale"`);
  }
}
