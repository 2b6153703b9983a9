import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trainer booking table (issue 12): every commitment of a trainer's time (a proposed assignment, a
 * cohort taught; an accepted assignment's time is held by the cohort it scheduled) takes its period here,
 * and ONE exclusion constraint refuses two overlapping bookings of a trainer. It replaces the exclusion
 * constraint on `assignment`, which did not see cohorts.
 *
 * Existing overlaps (cohorts whose trainer was changed by hand onto a busy trainer, proposals over
 * admin-scheduled cohorts) never fail the migration: commitments are booked oldest first and a newer one
 * that overlaps an older one is released instead: a proposal is cancelled and its request goes back to
 * the matcher; a cohort keeps its officers but loses its trainer (an accepted assignment that scheduled
 * it is cancelled with it), so an admin picks another trainer. Every release is reported to the active
 * admins (`trainer_booking.released`) and in the migration's log. An accepted assignment whose cohort is
 * taught by someone else (the old PATCH left it naming the old trainer) is cancelled too: the cohort is
 * the commitment.
 */
export class TrainerBooking1764210000000 implements MigrationInterface {
  name = 'TrainerBooking1764210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "trainer_booking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trainer_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "assignment_id" uuid, "cohort_id" uuid, "period" tstzrange NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_trainer_booking" PRIMARY KEY ("id"),
        CONSTRAINT "ck_trainer_booking__kind" CHECK ("kind" IN ('assignment', 'cohort')),
        CONSTRAINT "ck_trainer_booking__source" CHECK (num_nonnulls("assignment_id", "cohort_id") = 1 AND ("kind" = 'assignment') = ("assignment_id" IS NOT NULL)),
        CONSTRAINT "ck_trainer_booking__period" CHECK (NOT isempty("period") AND NOT lower_inf("period") AND NOT upper_inf("period")),
        CONSTRAINT "xc_trainer_booking__trainer_period" EXCLUDE USING gist ("trainer_id" WITH =, "period" WITH &&))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_trainer_booking__assignment_id" ON "trainer_booking" ("assignment_id") WHERE "assignment_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_trainer_booking__cohort_id" ON "trainer_booking" ("cohort_id") WHERE "kind" = 'cohort'`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_booking" ADD CONSTRAINT "fk_trainer_booking__trainer_id" FOREIGN KEY ("trainer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_booking" ADD CONSTRAINT "fk_trainer_booking__assignment_id" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainer_booking" ADD CONSTRAINT "fk_trainer_booking__cohort_id" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "xc_assignment__trainer_period"`);

    // An accepted assignment names the trainer of the cohort it scheduled; where a hand edit changed the
    // cohort's trainer, the cohort is the commitment and the assignment is closed.
    // (An UPDATE through TypeORM answers [rows, count].)
    const [stale]: [{ id: string }[], number] = await queryRunner.query(
      `UPDATE assignment a SET status = 'cancelled', answered_at = coalesce(a.answered_at, now())
         FROM training_request r JOIN cohort co ON co.id = r.cohort_id
        WHERE r.id = a.training_request_id AND a.status = 'accepted' AND co.status IN ('planned', 'open', 'running')
          AND co.trainer_id IS DISTINCT FROM a.trainer_id
       RETURNING a.id`,
    );

    // Oldest first: a cohort scheduled by an accepted assignment dates from its proposal.
    await queryRunner.query(
      `CREATE TEMPORARY TABLE "booking_release" ("kind" text, "id" uuid, "trainer_id" uuid, "period" tstzrange, "kept_kind" text, "kept_id" uuid) ON COMMIT DROP`,
    );
    await queryRunner.query(`
      DO $$
      DECLARE c record; kept record;
      BEGIN
        FOR c IN
          SELECT 'assignment' AS kind, a.id, a.trainer_id, a.period, a.proposed_at AS since
            FROM assignment a WHERE a.status = 'proposed'
          UNION ALL
          SELECT 'cohort', co.id, co.trainer_id, tstzrange(co.starts_at, co.ends_at, '[)'),
                 least(co.created_at, (SELECT min(a.proposed_at) FROM training_request r JOIN assignment a ON a.training_request_id = r.id
                                        WHERE r.cohort_id = co.id AND a.status = 'accepted'))
            FROM cohort co WHERE co.trainer_id IS NOT NULL AND co.status IN ('planned', 'open', 'running')
          ORDER BY since, id
        LOOP
          INSERT INTO trainer_booking (trainer_id, kind, assignment_id, cohort_id, period)
          VALUES (c.trainer_id, c.kind, CASE WHEN c.kind = 'assignment' THEN c.id END, CASE WHEN c.kind = 'cohort' THEN c.id END, c.period)
          ON CONFLICT DO NOTHING;
          IF NOT FOUND THEN
            SELECT b.kind, coalesce(b.assignment_id, b.cohort_id) AS id INTO kept
              FROM trainer_booking b WHERE b.trainer_id = c.trainer_id AND b.period && c.period ORDER BY lower(b.period) LIMIT 1;
            INSERT INTO booking_release VALUES (c.kind, c.id, c.trainer_id, c.period, kept.kind, kept.id);
          END IF;
        END LOOP;
      END $$`);

    // Released proposals: cancelled, and their requests go back to the matcher in a new round.
    const [reopened]: [{ id: string; round: number }[], number] = await queryRunner.query(
      `WITH cancelled AS (
         UPDATE assignment a SET status = 'cancelled', answered_at = now() FROM booking_release x
          WHERE x.kind = 'assignment' AND x.id = a.id RETURNING a.training_request_id)
       UPDATE training_request r SET status = 'pending', round = round + 1, cohort_id = NULL, assigned_at = NULL, updated_at = now()
         FROM cancelled c WHERE c.training_request_id = r.id AND r.status IN ('proposed', 'matching', 'pending')
       RETURNING r.id, r.round`,
    );
    for (const r of reopened) {
      await queryRunner.query(
        `INSERT INTO outbox_message (job_name, payload, job_id) VALUES ('match-training-request', $1, $2)`,
        [JSON.stringify({ requestId: r.id, round: r.round }), `match-${r.id}-r${r.round}`],
      );
    }
    // Released cohorts keep their officers and lose their trainer; the accepted assignment that scheduled one is closed.
    await queryRunner.query(
      `UPDATE assignment a SET status = 'cancelled', answered_at = coalesce(a.answered_at, now())
         FROM booking_release x JOIN training_request r ON r.cohort_id = x.id
        WHERE x.kind = 'cohort' AND a.training_request_id = r.id AND a.status = 'accepted'`,
    );
    await queryRunner.query(
      `UPDATE cohort co SET trainer_id = NULL, updated_at = now() FROM booking_release x WHERE x.kind = 'cohort' AND x.id = co.id`,
    );

    const released: {
      kind: string;
      id: string;
      trainer_id: string;
      starts_at: Date;
      kept_kind: string;
      kept_id: string;
      course_title: string;
      training_request_id: string | null;
    }[] = await queryRunner.query(
      `SELECT x.kind, x.id, x.trainer_id, lower(x.period) AS starts_at, x.kept_kind, x.kept_id, c.title AS course_title,
              coalesce(a.training_request_id, r.id) AS training_request_id
         FROM booking_release x
         LEFT JOIN assignment a ON x.kind = 'assignment' AND a.id = x.id
         LEFT JOIN cohort co ON x.kind = 'cohort' AND co.id = x.id
         LEFT JOIN training_request r ON x.kind = 'cohort' AND r.cohort_id = co.id
         LEFT JOIN training_request ar ON ar.id = a.training_request_id
         JOIN course c ON c.id = coalesce(co.course_id, ar.course_id)
        ORDER BY lower(x.period), x.id`,
    );
    for (const x of released) {
      await queryRunner.query(
        `INSERT INTO notification (user_id, kind, params)
         SELECT id, 'trainer_booking.released', $1::jsonb FROM app_user WHERE role = 'admin' AND disabled_at IS NULL`,
        [
          JSON.stringify({
            courseTitle: x.course_title,
            startsAt: new Date(x.starts_at).toISOString(),
            trainerId: x.trainer_id,
            releasedKind: x.kind,
            assignmentId: x.kind === 'assignment' ? x.id : null,
            cohortId: x.kind === 'cohort' ? x.id : null,
            trainingRequestId: x.training_request_id,
            keptKind: x.kept_kind,
            keptId: x.kept_id,
          }),
        ],
      );
      console.warn(
        `trainer booking: ${x.kind} ${x.id} of trainer ${x.trainer_id} overlapped ${x.kept_kind} ${x.kept_id}; released`,
      );
    }
    if (stale.length > 0)
      console.warn(
        `trainer booking: ${stale.length} accepted assignment(s) named a trainer their cohort no longer had; cancelled`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "trainer_booking"`);
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "xc_assignment__trainer_period" EXCLUDE USING gist ("trainer_id" WITH =, "period" WITH &&) WHERE ("status" IN ('proposed', 'accepted'))`,
    );
  }
}
