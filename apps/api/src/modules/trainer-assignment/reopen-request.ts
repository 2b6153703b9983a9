import { EntityManager } from 'typeorm';
import type { OutboxService } from '../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../core/queue/queue-registry';
import { updateReturning } from '../../core/database/sql';

/**
 * Sends a request back to the matcher in a new round (after a decline, a lapsed proposal, a
 * withdrawal or a manual reassignment), in the caller's transaction; the outbox carries the job.
 */
export async function reopenRequest(manager: EntityManager, outbox: OutboxService, requestId: string): Promise<number> {
  const [{ round }] = await updateReturning<{ round: number }>(
    manager,
    `UPDATE training_request SET status = 'pending', round = round + 1, cohort_id = NULL, assigned_at = NULL, updated_at = now() WHERE id = $1 RETURNING round`,
    [requestId],
  );
  await outbox.write(manager, JobName.MatchTrainingRequest, { requestId, round }, JOB_IDS.match(requestId, round));
  return round;
}
