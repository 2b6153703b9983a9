import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The default period's figures, pre-computed by the uptake refresh (issue 21, "uptake cold"). The dashboard's
 * default view is the last 12 months; its distinct officers and distinct trainers per area do not add up across
 * months, so computing them from the rollups on a cold request costs most of its time. The refresh, in its
 * snapshot, writes every area's figures for that period here, one row per area at each level (`unit`, `country`,
 * `region`) and one for everything (`total`), and records the period beside the "as of" in `uptake_refresh`
 * (`default_from`, `default_to`; null until a refresh has written them), with a fingerprint of which region each
 * country was in (`areas_fingerprint`): kept figures are read only while it still holds. Raw figures only: suppression and
 * withheld areas are applied per viewer when read. Units known is read live, as for any period. Beside them, the
 * period's monthly trend of each of those areas (`uptake_default_month`) and each member firm's delivery in it
 * (`uptake_default_firm`). No entity: only the refresh writes them and only reporting's queries read them (like
 * the other `uptake_*` rollups).
 */
export class UptakeDefaultPeriod1765560000000 implements MigrationInterface {
  name = 'UptakeDefaultPeriod1765560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "uptake_refresh" ADD "default_from" date, ADD "default_to" date, ADD "areas_fingerprint" text`,
    );
    await queryRunner.query(
      `ALTER TABLE "uptake_refresh" ADD CONSTRAINT "ck_uptake_refresh__default_period" CHECK (("default_from" IS NULL) = ("default_to" IS NULL) AND ("default_from" IS NULL OR "default_from" <= "default_to"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "uptake_default_area" ("level" character varying(7) NOT NULL, "key" text NOT NULL, "units_reached" bigint NOT NULL, "officers_enrolled" bigint NOT NULL, "enrolments" bigint NOT NULL, "completions" bigint NOT NULL, "active_certifications" bigint NOT NULL, "expiring_certifications" bigint NOT NULL, "cohorts_delivered" bigint NOT NULL, "cohorts_online" bigint NOT NULL, "cohorts_in_person" bigint NOT NULL, "cohorts_blended" bigint NOT NULL, "trainers_delivered" bigint NOT NULL, "requests_raised" bigint NOT NULL, "requests_filled" bigint NOT NULL, "requests_unfilled" bigint NOT NULL, "seats_requested" bigint NOT NULL, "seats_filled" bigint NOT NULL, "median_hours_to_trainer" double precision, CONSTRAINT "ck_uptake_default_area__level" CHECK ("level" IN ('unit', 'country', 'region', 'total')), CONSTRAINT "pk_uptake_default_area" PRIMARY KEY ("level", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "uptake_default_month" ("level" character varying(7) NOT NULL, "key" text NOT NULL, "month" date NOT NULL, "enrolments" integer NOT NULL, "completions" integer NOT NULL, "cohorts_delivered" integer NOT NULL, "requests_raised" integer NOT NULL, "requests_filled" integer NOT NULL, CONSTRAINT "ck_uptake_default_month__level" CHECK ("level" IN ('unit', 'country', 'region', 'total')), CONSTRAINT "pk_uptake_default_month" PRIMARY KEY ("level", "key", "month"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "uptake_default_firm" ("member_firm_id" uuid NOT NULL, "cohorts_delivered" integer NOT NULL, "trainers_delivered" integer NOT NULL, "assignments_proposed" integer NOT NULL, "assignments_accepted" integer NOT NULL, "assignments_declined" integer NOT NULL, CONSTRAINT "pk_uptake_default_firm" PRIMARY KEY ("member_firm_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "uptake_default_firm"`);
    await queryRunner.query(`DROP TABLE "uptake_default_month"`);
    await queryRunner.query(`DROP TABLE "uptake_default_area"`);
    await queryRunner.query(`ALTER TABLE "uptake_refresh" DROP CONSTRAINT "ck_uptake_refresh__default_period"`);
    await queryRunner.query(
      `ALTER TABLE "uptake_refresh" DROP COLUMN "areas_fingerprint", DROP COLUMN "default_to", DROP COLUMN "default_from"`,
    );
  }
}
