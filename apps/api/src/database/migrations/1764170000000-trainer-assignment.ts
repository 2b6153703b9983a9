import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trainer assignment: trainer profiles and unavailability, training requests, assignments (an
 * exclusion constraint over trainer × period keeps any trainer from being booked twice), and the
 * transactional outbox that feeds the queue.
 */
export class TrainerAssignment1764170000000 implements MigrationInterface {
  name = 'TrainerAssignment1764170000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("id" BIGSERIAL NOT NULL, "job_name" character varying(80) NOT NULL, "payload" jsonb NOT NULL, "job_id" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_outbox_message" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_message__pending" ON "outbox_message" ("created_at") WHERE "dispatched_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."training_request_status" AS ENUM('pending', 'matching', 'proposed', 'assigned', 'unfilled', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "police_unit_id" uuid NOT NULL, "course_id" uuid NOT NULL, "language" character varying(10) NOT NULL, "period" tstzrange NOT NULL, "delivery_mode" "public"."delivery_mode" NOT NULL, "seats" smallint NOT NULL, "status" "public"."training_request_status" NOT NULL DEFAULT 'pending', "round" integer NOT NULL DEFAULT '1', "requested_by_id" uuid, "cohort_id" uuid, "match_rounds" jsonb NOT NULL DEFAULT '[]', "assigned_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_training_request__period" CHECK (NOT isempty("period")), CONSTRAINT "ck_training_request__seats" CHECK ("seats" BETWEEN 1 AND 500), CONSTRAINT "pk_training_request" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_training_request__police_unit_id" ON "training_request" ("police_unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_training_request__status" ON "training_request" ("status", "updated_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."assignment_status" AS ENUM('proposed', 'accepted', 'declined', 'expired', 'cancelled', 'completed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "training_request_id" uuid NOT NULL, "trainer_id" uuid NOT NULL, "period" tstzrange NOT NULL, "status" "public"."assignment_status" NOT NULL, "rank" smallint NOT NULL, "round" integer NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "decline_reason" character varying(500), CONSTRAINT "xc_assignment__trainer_period" EXCLUDE USING gist ("trainer_id" WITH =, "period" WITH &&) WHERE ("status" IN ('proposed', 'accepted')), CONSTRAINT "pk_assignment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignment__expires_at" ON "assignment" ("expires_at") WHERE "status" = 'proposed'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_assignment__trainer_id" ON "assignment" ("trainer_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assignment__request_live" ON "assignment" ("training_request_id") WHERE "status" IN ('proposed', 'accepted')`,
    );
    await queryRunner.query(
      `CREATE TABLE "trainer_profile" ("user_id" uuid NOT NULL, "languages" character varying(10) array NOT NULL DEFAULT '{}', "skills" character varying(40) array NOT NULL DEFAULT '{}', "course_ids" uuid array NOT NULL DEFAULT '{}', "country_codes" character(2) array NOT NULL DEFAULT '{}', "excluded_country_codes" character(2) array NOT NULL DEFAULT '{}', "online_only" boolean NOT NULL DEFAULT false, "load_limit_per_quarter" smallint NOT NULL DEFAULT '4', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_trainer_profile__load_limit" CHECK ("load_limit_per_quarter" BETWEEN 0 AND 50), CONSTRAINT "pk_trainer_profile" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "trainer_unavailability" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trainer_id" uuid NOT NULL, "period" tstzrange NOT NULL, "reason" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_trainer_unavailability" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_request" ADD CONSTRAINT "fk_training_request__police_unit_id" FOREIGN KEY ("police_unit_id") REFERENCES "police_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_request" ADD CONSTRAINT "fk_training_request__course_id" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_request" ADD CONSTRAINT "fk_training_request__requested_by_id" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_request" ADD CONSTRAINT "fk_training_request__cohort_id" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "fk_assignment__training_request_id" FOREIGN KEY ("training_request_id") REFERENCES "training_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "fk_assignment__trainer_id" FOREIGN KEY ("trainer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_profile" ADD CONSTRAINT "fk_trainer_profile__user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_unavailability" ADD CONSTRAINT "fk_trainer_unavailability__trainer_id" FOREIGN KEY ("trainer_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_trainer_profile__languages" ON "trainer_profile" USING gin ("languages")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_trainer_profile__course_ids" ON "trainer_profile" USING gin ("course_ids")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_trainer_profile__country_codes" ON "trainer_profile" USING gin ("country_codes")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_trainer_unavailability__period" ON "trainer_unavailability" USING gist ("trainer_id", "period")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP TABLE "training_request"`);
    await queryRunner.query(`DROP TABLE "trainer_unavailability"`);
    await queryRunner.query(`DROP TABLE "trainer_profile"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_status"`);
    await queryRunner.query(`DROP TYPE "public"."training_request_status"`);
  }
}
