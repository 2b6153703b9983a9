import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log is append-only in the database itself: a trigger refuses every UPDATE and DELETE of an
 * `audit_event` row and every TRUNCATE of the table, whoever asks (the API, a script, a console). Deleting a
 * user who acted is refused too (the foreign key's SET NULL is an update): accounts are disabled, never deleted.
 * Two indexes serve the readable log's filters by actor and by action, newest first.
 */
export class AuditAppendOnly1765400000000 implements MigrationInterface {
  name = 'AuditAppendOnly1765400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_event__append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_audit_event__no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event__actor_id_created_at" ON "audit_event" ("actor_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event__action_created_at" ON "audit_event" ("action", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event__action_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event__actor_id_created_at"`);
    await queryRunner.query(`DROP TRIGGER "tr_audit_event__no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "tr_audit_event__append_only" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_append_only"()`);
  }
}
