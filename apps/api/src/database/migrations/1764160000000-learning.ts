import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Learning: catalogue (courses, modules, lessons, assessments with their question banks), cohorts,
 * enrolments with seats and waitlist, progress, attempts, and in-app notifications. Seats are
 * guarded by a check constraint; one live enrolment per officer and cohort, and one active enrolment
 * per officer and course, by partial unique indexes.
 */
export class Learning1764160000000 implements MigrationInterface {
  name = 'Learning1764160000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "lesson" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "position" smallint NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "minutes" smallint NOT NULL DEFAULT '10', CONSTRAINT "pk_lesson" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_lesson__module_id" ON "lesson" ("module_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "course_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "position" smallint NOT NULL, "title" character varying(200) NOT NULL, CONSTRAINT "pk_course_module" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_course_module__course_id" ON "course_module" ("course_id", "position") `);
    await queryRunner.query(`CREATE TYPE "public"."course_level" AS ENUM('foundation', 'intermediate', 'advanced')`);
    await queryRunner.query(`CREATE TYPE "public"."course_status" AS ENUM('draft', 'published')`);
    await queryRunner.query(
      `CREATE TABLE "course" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "level" "public"."course_level" NOT NULL, "topics" character varying(40) array NOT NULL DEFAULT '{}', "languages" character varying(10) array NOT NULL DEFAULT '{}', "hours" smallint NOT NULL, "status" "public"."course_status" NOT NULL DEFAULT 'draft', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_course__hours" CHECK ("hours" > 0), CONSTRAINT "pk_course" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_course__code" ON "course" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "pass_mark" smallint NOT NULL, "attempt_limit" smallint NOT NULL, "questions_per_attempt" smallint NOT NULL, "time_limit_minutes" smallint, CONSTRAINT "ck_assessment__questions_per_attempt" CHECK ("questions_per_attempt" >= 1), CONSTRAINT "ck_assessment__attempt_limit" CHECK ("attempt_limit" >= 1), CONSTRAINT "ck_assessment__pass_mark" CHECK ("pass_mark" BETWEEN 1 AND 100), CONSTRAINT "pk_assessment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_assessment__course_id" ON "assessment" ("course_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."question_kind" AS ENUM('single_choice', 'multiple_choice', 'true_false')`,
    );
    await queryRunner.query(
      `CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "kind" "public"."question_kind" NOT NULL, "prompt" text NOT NULL, "options" jsonb NOT NULL, "correct" jsonb NOT NULL, CONSTRAINT "pk_question" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_question__assessment_id" ON "question" ("assessment_id") `);
    await queryRunner.query(`CREATE TYPE "public"."delivery_mode" AS ENUM('online', 'in_person', 'blended')`);
    await queryRunner.query(
      `CREATE TYPE "public"."cohort_status" AS ENUM('planned', 'open', 'running', 'completed', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "delivery_mode" "public"."delivery_mode" NOT NULL, "language" character varying(10) NOT NULL, "country_code" character(2), "city" character varying(120), "capacity" integer NOT NULL, "seats_taken" integer NOT NULL DEFAULT '0', "trainer_id" uuid, "police_unit_id" uuid, "requires_approval" boolean NOT NULL DEFAULT false, "status" "public"."cohort_status" NOT NULL DEFAULT 'planned', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cohort__place" CHECK ("delivery_mode" = 'online' OR ("country_code" IS NOT NULL AND "city" IS NOT NULL)), CONSTRAINT "ck_cohort__ends_at" CHECK ("ends_at" > "starts_at"), CONSTRAINT "ck_cohort__seats_taken" CHECK ("seats_taken" >= 0 AND "seats_taken" <= "capacity"), CONSTRAINT "ck_cohort__capacity" CHECK ("capacity" > 0), CONSTRAINT "pk_cohort" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_cohort__trainer_id" ON "cohort" ("trainer_id") `);
    await queryRunner.query(`CREATE INDEX "ix_cohort__status" ON "cohort" ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_cohort__course_id" ON "cohort" ("course_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."enrolment_status" AS ENUM('pending_approval', 'enrolled', 'waitlisted', 'withdrawn', 'completed', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "course_id" uuid NOT NULL, "officer_id" uuid NOT NULL, "status" "public"."enrolment_status" NOT NULL, "queue_number" BIGSERIAL NOT NULL, "nominated_by_id" uuid, "progress_percent" smallint NOT NULL DEFAULT '0', "attended" boolean, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_enrolment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_enrolment__officer_id" ON "enrolment" ("officer_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_enrolment__waitlist" ON "enrolment" ("cohort_id", "queue_number") WHERE "status" = 'waitlisted'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolment__officer_course" ON "enrolment" ("officer_id", "course_id") WHERE "status" IN ('pending_approval', 'enrolled', 'waitlisted')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolment__cohort_officer" ON "enrolment" ("cohort_id", "officer_id") WHERE "status" <> 'withdrawn'`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrolment_id" uuid NOT NULL, "question_ids" uuid array NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "answers" jsonb, "score" smallint, "passed" boolean, CONSTRAINT "pk_assessment_attempt" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assessment_attempt__enrolment_id" ON "assessment_attempt" ("enrolment_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson_completion" ("enrolment_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_lesson_completion" PRIMARY KEY ("enrolment_id", "lesson_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notification__user_unread" ON "notification" ("user_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "lesson" ADD CONSTRAINT "fk_lesson__module_id" FOREIGN KEY ("module_id") REFERENCES "course_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_module" ADD CONSTRAINT "fk_course_module__course_id" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "fk_assessment__course_id" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "fk_question__assessment_id" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort" ADD CONSTRAINT "fk_cohort__course_id" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort" ADD CONSTRAINT "fk_cohort__country_code" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort" ADD CONSTRAINT "fk_cohort__trainer_id" FOREIGN KEY ("trainer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort" ADD CONSTRAINT "fk_cohort__police_unit_id" FOREIGN KEY ("police_unit_id") REFERENCES "police_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "fk_enrolment__cohort_id" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "fk_enrolment__officer_id" FOREIGN KEY ("officer_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "fk_enrolment__nominated_by_id" FOREIGN KEY ("nominated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_attempt" ADD CONSTRAINT "fk_assessment_attempt__enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_completion" ADD CONSTRAINT "fk_lesson_completion__enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_completion" ADD CONSTRAINT "fk_lesson_completion__lesson_id" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification__user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "ix_course__topics" ON "course" USING gin ("topics")`);
    await queryRunner.query(`CREATE INDEX "ix_course__languages" ON "course" USING gin ("languages")`);
    await queryRunner.query(
      `CREATE INDEX "ix_course__search" ON "course" USING gin (to_tsvector('english', "title" || ' ' || "summary"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_lesson_completion__lesson_id" ON "lesson_completion" ("lesson_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "lesson_completion"`);
    await queryRunner.query(`DROP TABLE "assessment_attempt"`);
    await queryRunner.query(`DROP TABLE "enrolment"`);
    await queryRunner.query(`DROP TABLE "cohort"`);
    await queryRunner.query(`DROP TABLE "question"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP TABLE "lesson"`);
    await queryRunner.query(`DROP TABLE "course_module"`);
    await queryRunner.query(`DROP TABLE "course"`);
    await queryRunner.query(`DROP TYPE "public"."enrolment_status"`);
    await queryRunner.query(`DROP TYPE "public"."cohort_status"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_mode"`);
    await queryRunner.query(`DROP TYPE "public"."question_kind"`);
    await queryRunner.query(`DROP TYPE "public"."course_status"`);
    await queryRunner.query(`DROP TYPE "public"."course_level"`);
  }
}
