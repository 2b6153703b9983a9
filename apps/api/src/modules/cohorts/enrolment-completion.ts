import { EntityManager } from 'typeorm';
import { progressPercent, type DeliveryMode, type EnrolmentStatus } from '@icspa/domain';
import { affectedRows, selectOne } from '../../core/database/sql';
import type { OutboxService } from '../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../core/queue/queue-registry';

/**
 * A completed enrolment may complete a certification programme: the issuing job goes through the
 * outbox with the enrolment's id in its job id, so a replayed completion is the same job.
 */
export async function announceCompletion(
  manager: EntityManager,
  outbox: OutboxService,
  enrolmentId: string,
): Promise<void> {
  const row = await selectOne<{ officer_id: string }>(
    manager,
    `SELECT officer_id FROM enrolment WHERE id = $1 AND status = 'completed'`,
    [enrolmentId],
  );
  if (row)
    await outbox.write(
      manager,
      JobName.IssueCertifications,
      { holderId: row.officer_id },
      JOB_IDS.certify(enrolmentId),
    );
}

/**
 * Recomputes an enrolment's progress and, for online cohorts, completes it when every lesson is done
 * and the assessment passed. In person and blended cohorts complete when the trainer grades.
 * Returns true when this call completed it.
 */
export async function refreshProgress(manager: EntityManager, enrolmentId: string): Promise<boolean> {
  const row = await selectOne<{
    status: EnrolmentStatus;
    delivery_mode: DeliveryMode;
    total: number;
    done: number;
    passed: boolean;
  }>(
    manager,
    `SELECT e.status, co.delivery_mode,
            (SELECT count(*)::int FROM course_module m JOIN lesson l ON l.module_id = m.id WHERE m.course_id = e.course_id) AS total,
            (SELECT count(*)::int FROM lesson_completion lc WHERE lc.enrolment_id = e.id) AS done,
            EXISTS (SELECT 1 FROM assessment_attempt a WHERE a.enrolment_id = e.id AND a.passed) AS passed
       FROM enrolment e JOIN cohort co ON co.id = e.cohort_id WHERE e.id = $1`,
    [enrolmentId],
  );
  const { status, delivery_mode, total, done, passed } = row!;
  const percent = progressPercent(done, total);
  const completes = status === 'enrolled' && delivery_mode === 'online' && percent === 100 && passed;
  await affectedRows(
    manager,
    `UPDATE enrolment SET progress_percent = $2, status = CASE WHEN $3 THEN 'completed'::enrolment_status ELSE status END,
            completed_at = CASE WHEN $3 THEN now() ELSE completed_at END, updated_at = now() WHERE id = $1`,
    [enrolmentId, percent, completes],
  );
  return completes;
}
