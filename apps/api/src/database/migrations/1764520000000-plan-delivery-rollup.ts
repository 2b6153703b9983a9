import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plan delivery rollup (issue 18): approved workplans' officers planned, trained and certified per country and
 * quarter, rebuilt by the same refresh as the other `uptake_*` rollups (modules/reporting/uptake-rollup.ts), in
 * its snapshot, so the dashboard's plan delivery shares their "as of" instant. No entity: only that refresh
 * writes it and only reporting's queries read it.
 */
export class PlanDeliveryRollup1764520000000 implements MigrationInterface {
  name = 'PlanDeliveryRollup1764520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "uptake_plan_delivery" ("country_code" character(2) NOT NULL, "quarter" character varying(7) NOT NULL, "planned" integer NOT NULL, "trained" integer NOT NULL, "certified" integer NOT NULL, CONSTRAINT "pk_uptake_plan_delivery" PRIMARY KEY ("country_code", "quarter"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "uptake_plan_delivery"`);
  }
}
