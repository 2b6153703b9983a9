import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrolment into a cohort in one round trip (issue 21). `enrolment_join` locks the officer's row, then the
 * cohort's, confirms that what the API's checks read before (the officer's unit, the cohort's
 * `cohort_join_facts`) has not changed, takes a seat when asked and one is free, and inserts the enrolment:
 * enrolled, waitlisted (its queue number drawn under the lock: arrival order) or pending approval. Each
 * statement of a PL/pgSQL function reads a fresh snapshot (READ COMMITTED), so everything after the cohort's
 * lock sees what the previous holder committed, as separate statements from the API did, without the round
 * trips in between (a single SQL statement reads one snapshot, taken before it waited for the lock). Answers
 * the enrolment made, or the officer's live one in that cohort (created false), or no row when a fact
 * changed: the API reads them again.
 */
export class EnrolmentJoin1765510000000 implements MigrationInterface {
  name = 'EnrolmentJoin1765510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "cohort_join_facts"(co "cohort") RETURNS text LANGUAGE sql IMMUTABLE AS $$
         SELECT md5(row(co.status, extract(epoch FROM co.starts_at), co.requires_approval, co.trainer_id, co.co_trainer_id, co.police_unit_id)::text)
       $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "enrolment_join"(p_cohort uuid, p_officer uuid, p_officer_unit uuid, p_facts text, p_wants_seat boolean, p_nominated_by uuid)
       RETURNS TABLE (enrolment_id uuid, enrolment_status "enrolment_status", created boolean) LANGUAGE plpgsql AS $$
       DECLARE
         v_course uuid;
         v_free boolean;
         v_status "enrolment_status";
       BEGIN
         PERFORM FROM app_user u
          WHERE u.id = p_officer AND u.disabled_at IS NULL AND u.role IN ('officer', 'coordinator')
            AND u.police_unit_id IS NOT DISTINCT FROM p_officer_unit
            FOR NO KEY UPDATE;
         IF NOT FOUND THEN RETURN; END IF;
         SELECT co.course_id, co.seats_taken < co.capacity INTO v_course, v_free
           FROM cohort co WHERE co.id = p_cohort AND cohort_join_facts(co) = p_facts FOR UPDATE;
         IF NOT FOUND THEN RETURN; END IF;
         RETURN QUERY SELECT e.id, e.status, false FROM enrolment e
          WHERE e.officer_id = p_officer AND e.cohort_id = p_cohort AND e.status <> 'withdrawn';
         IF FOUND THEN RETURN; END IF;
         IF EXISTS (SELECT FROM enrolment e WHERE e.officer_id = p_officer AND e.course_id = v_course
                       AND e.status IN ('pending_approval', 'enrolled', 'waitlisted')) THEN
           RETURN;
         END IF;
         IF NOT p_wants_seat THEN
           v_status := 'pending_approval';
         ELSIF v_free THEN
           UPDATE cohort co SET seats_taken = co.seats_taken + 1 WHERE co.id = p_cohort;
           v_status := 'enrolled';
         ELSE
           v_status := 'waitlisted';
         END IF;
         RETURN QUERY INSERT INTO enrolment AS e (cohort_id, course_id, officer_id, status, nominated_by_id)
           VALUES (p_cohort, v_course, p_officer, v_status, p_nominated_by)
           RETURNING e.id, e.status, true;
       END $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "enrolment_join"(uuid, uuid, uuid, text, boolean, uuid)`);
    await queryRunner.query(`DROP FUNCTION "cohort_join_facts"("cohort")`);
  }
}
