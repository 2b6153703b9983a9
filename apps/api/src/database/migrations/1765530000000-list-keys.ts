import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keys of the long lists (issue 21). Enrolments by cohort, so that "the enrolments of the cohorts I teach" (the
 * enrolment scope of trainers, co-trainers and local trainers) is an index scan rather than a read of every
 * enrolment; the audit log by (created_at, id), its order, so that a page after a cursor (`after`) starts with
 * an index seek however deep it is. The second replaces the index on created_at alone.
 */
export class ListKeys1765530000000 implements MigrationInterface {
  name = 'ListKeys1765530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_enrolment__cohort_id" ON "enrolment" ("cohort_id") `);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event__created_at"`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event__created_at_id" ON "audit_event" ("created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event__created_at_id"`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event__created_at" ON "audit_event" ("created_at") `);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolment__cohort_id"`);
  }
}
