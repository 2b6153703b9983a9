import { EntityManager } from 'typeorm';
import type { RequestReopenReason } from '@icspa/domain';
import type { OutboxService } from '../../core/outbox/outbox.service';
import { JOB_IDS, JobName } from '../../core/queue/queue-registry';
import type { TrainerProfileValues } from './trainers.queries';
import { reopenUnfilledRequests, type FreedTrainer } from './training-requests.queries';

/**
 * "Unfilled" is not final: when a trainer becomes free (a proposal declined, lapsed or cancelled, an
 * accepted assignment withdrawn or cancelled, an unavailability removed, a profile widened), the unfilled
 * requests they could now serve, whose window is still ahead, go back to the matcher in a new round. Runs
 * in the caller's transaction, after its own writes (so the filter sees the trainer as now free); the
 * match jobs go through the outbox (job id per request and round, so a repeat adds nothing), and the caller
 * relays after commit. Answers how many requests were re-opened.
 */
export async function retryUnfilledRequests(
  manager: EntityManager,
  outbox: OutboxService,
  freed: FreedTrainer,
  reason: RequestReopenReason,
  now: Date,
): Promise<number> {
  if ('assignmentIds' in freed && freed.assignmentIds.length === 0) return 0;
  const reopened = await reopenUnfilledRequests(manager, freed, reason, now);
  for (const r of reopened)
    await outbox.write(
      manager,
      JobName.MatchTrainingRequest,
      { requestId: r.id, round: r.round },
      JOB_IDS.match(r.id, r.round),
    );
  return reopened.length;
}

/** Whether a profile change lets the trainer serve requests they could not before. */
export function profileWidens(before: TrainerProfileValues, after: TrainerProfileValues): boolean {
  const gains = (was: string[], now: string[]) => now.some((x) => !was.includes(x));
  return (
    after.loadLimitPerQuarter > before.loadLimitPerQuarter ||
    gains(before.languages, after.languages) ||
    gains(before.courseIds, after.courseIds) ||
    gains(before.countryCodes, after.countryCodes) ||
    gains(after.excludedCountryCodes, before.excludedCountryCodes) ||
    (before.onlineOnly && !after.onlineOnly)
  );
}
