import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training sessions, attendance per session, the course's attendance rule, users' time zones and private
 * calendar feeds. Every existing cohort gets one session spanning its dates (time zone UTC, the city as
 * venue); the per-enrolment `attended` flag becomes attendance of that session (true: present, false:
 * absent; never marked: no row).
 */
export class TrainingSessions1764300000000 implements MigrationInterface {
  name = 'TrainingSessions1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."training_session_status" AS ENUM('scheduled', 'cancelled')`);
    await queryRunner.query(
      `CREATE TABLE "training_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" character varying(64) NOT NULL, "venue_name" character varying(200), "venue_address" character varying(500), "online_url" character varying(2000), "position" integer NOT NULL, "status" "public"."training_session_status" NOT NULL DEFAULT 'scheduled', "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_training_session__online_url" CHECK ("online_url" IS NULL OR "online_url" LIKE 'https://%'), CONSTRAINT "ck_training_session__ends_at" CHECK ("ends_at" > "starts_at"), CONSTRAINT "pk_training_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_training_session__starts_at" ON "training_session" ("starts_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_training_session__cohort_id" ON "training_session" ("cohort_id", "starts_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."attendance_status" AS ENUM('present', 'late', 'absent', 'excused')`);
    await queryRunner.query(
      `CREATE TABLE "attendance" ("enrolment_id" uuid NOT NULL, "training_session_id" uuid NOT NULL, "status" "public"."attendance_status" NOT NULL, "marked_by_id" uuid, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_attendance" PRIMARY KEY ("enrolment_id", "training_session_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attendance__training_session_id" ON "attendance" ("training_session_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_feed" ("user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_calendar_feed" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feed__token_hash" ON "calendar_feed" ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "course" ADD "min_attendance_percent" smallint NOT NULL DEFAULT '80'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "time_zone" character varying(64)`);
    await queryRunner.query(
      `ALTER TABLE "course" ADD CONSTRAINT "ck_course__min_attendance_percent" CHECK ("min_attendance_percent" BETWEEN 0 AND 100)`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "fk_training_session__cohort_id" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "fk_attendance__enrolment_id" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "fk_attendance__training_session_id" FOREIGN KEY ("training_session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "fk_attendance__marked_by_id" FOREIGN KEY ("marked_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed" ADD CONSTRAINT "fk_calendar_feed__user_id" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Every cohort meets once over its dates; the old flag becomes attendance of that meeting.
    await queryRunner.query(
      `INSERT INTO training_session (cohort_id, starts_at, ends_at, time_zone, venue_name, position, status)
       SELECT id, starts_at, ends_at, 'UTC', city, 1, CASE WHEN status = 'cancelled' THEN 'cancelled' ELSE 'scheduled' END::training_session_status
         FROM cohort`,
    );
    await queryRunner.query(
      `INSERT INTO attendance (enrolment_id, training_session_id, status, marked_by_id, marked_at)
       SELECT e.id, ts.id, CASE WHEN e.attended THEN 'present' ELSE 'absent' END::attendance_status, co.trainer_id, e.updated_at
         FROM enrolment e JOIN cohort co ON co.id = e.cohort_id JOIN training_session ts ON ts.cohort_id = co.id
        WHERE e.attended IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "enrolment" DROP COLUMN "attended"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrolment" ADD "attended" boolean`);
    await queryRunner.query(
      `UPDATE enrolment e SET attended = a.attended
         FROM (SELECT a.enrolment_id, bool_or(a.status IN ('present', 'late')) AS attended FROM attendance a GROUP BY 1) a
        WHERE a.enrolment_id = e.id`,
    );
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "fk_calendar_feed__user_id"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance__marked_by_id"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance__training_session_id"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "fk_attendance__enrolment_id"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "fk_training_session__cohort_id"`);
    await queryRunner.query(`ALTER TABLE "course" DROP CONSTRAINT "ck_course__min_attendance_percent"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "course" DROP COLUMN "min_attendance_percent"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_status"`);
    await queryRunner.query(`DROP TABLE "training_session"`);
    await queryRunner.query(`DROP TYPE "public"."training_session_status"`);
  }
}
