import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regional uptake rollups. The worker rebuilds them from the raw rows in one snapshot
 * (modules/reporting/uptake-rollup.ts); the dashboard reads only these. They have no entities: nothing but
 * that refresh writes them and only the reporting queries read them.
 */
export class Reporting1764190000000 implements MigrationInterface {
  name = 'Reporting1764190000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One row: when the rollup was taken (the snapshot's time) and how long it took.
    await queryRunner.query(
      `CREATE TABLE "uptake_refresh" ("id" smallint NOT NULL DEFAULT 1, "as_of" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_ms" integer NOT NULL, CONSTRAINT "ck_uptake_refresh__single" CHECK ("id" = 1), CONSTRAINT "pk_uptake_refresh" PRIMARY KEY ("id"))`,
    );
    // Seat-holding enrolments per unit and month of the cohort's start; and the same per course, for filters.
    await queryRunner.query(
      `CREATE TABLE "uptake_unit_month" ("police_unit_id" uuid NOT NULL, "month" date NOT NULL, "enrolments" integer NOT NULL, "completions" integer NOT NULL, CONSTRAINT "pk_uptake_unit_month" PRIMARY KEY ("month", "police_unit_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "uptake_unit_course_month" ("course_id" uuid NOT NULL, "month" date NOT NULL, "police_unit_id" uuid NOT NULL, "enrolments" integer NOT NULL, "completions" integer NOT NULL, CONSTRAINT "pk_uptake_unit_course_month" PRIMARY KEY ("course_id", "month", "police_unit_id"))`,
    );
    // Distinct officers do not add up across months or courses: one row per officer (and per officer and
    // course) with the months they held a seat in, so a period's distinct count is one indexed overlap test.
    await queryRunner.query(
      `CREATE TABLE "uptake_officer" ("officer_id" uuid NOT NULL, "police_unit_id" uuid NOT NULL, "months" date array NOT NULL, CONSTRAINT "pk_uptake_officer" PRIMARY KEY ("officer_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "uptake_officer_course" ("course_id" uuid NOT NULL, "officer_id" uuid NOT NULL, "police_unit_id" uuid NOT NULL, "months" date array NOT NULL, CONSTRAINT "pk_uptake_officer_course" PRIMARY KEY ("course_id", "officer_id"))`,
    );
    // Delivered cohorts (status completed), placed by reserved unit or country.
    await queryRunner.query(
      `CREATE TABLE "uptake_cohort" ("cohort_id" uuid NOT NULL, "month" date NOT NULL, "course_id" uuid NOT NULL, "police_unit_id" uuid, "country_code" character(2), "delivery_mode" "public"."delivery_mode" NOT NULL, "trainer_id" uuid, "member_firm_id" uuid, CONSTRAINT "pk_uptake_cohort" PRIMARY KEY ("cohort_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_uptake_cohort__month" ON "uptake_cohort" ("month")`);
    // Training requests other than cancelled ones, with the outcome and the wait for a trainer.
    await queryRunner.query(
      `CREATE TABLE "uptake_request" ("training_request_id" uuid NOT NULL, "month" date NOT NULL, "course_id" uuid NOT NULL, "police_unit_id" uuid NOT NULL, "seats" integer NOT NULL, "outcome" character varying(10) NOT NULL, "hours_to_trainer" double precision, CONSTRAINT "pk_uptake_request" PRIMARY KEY ("training_request_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_uptake_request__month" ON "uptake_request" ("month")`);
    // Assignments per member firm and month the proposal was made.
    await queryRunner.query(
      `CREATE TABLE "uptake_firm_month" ("member_firm_id" uuid NOT NULL, "month" date NOT NULL, "course_id" uuid NOT NULL, "proposed" integer NOT NULL, "accepted" integer NOT NULL, "declined" integer NOT NULL, CONSTRAINT "pk_uptake_firm_month" PRIMARY KEY ("member_firm_id", "month", "course_id"))`,
    );
    // Certifications at the snapshot, per holder's unit.
    await queryRunner.query(
      `CREATE TABLE "uptake_certification" ("police_unit_id" uuid NOT NULL, "active" integer NOT NULL, "expiring" integer NOT NULL, CONSTRAINT "pk_uptake_certification" PRIMARY KEY ("police_unit_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'uptake_certification',
      'uptake_firm_month',
      'uptake_request',
      'uptake_cohort',
      'uptake_officer_course',
      'uptake_officer',
      'uptake_unit_course_month',
      'uptake_unit_month',
      'uptake_refresh',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
