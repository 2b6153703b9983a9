import { JobHandler, JobHandlerFor } from '../queue/job.decorator';
import { JobName } from '../queue/queue-registry';
import { OutboxService } from './outbox.service';

const BATCH = 500;

/**
 * The outbox relay: scheduled every few seconds (JOB_SCHEDULES) and started at once by
 * `OutboxService.relaySoon()`. Sends batches until the outbox has nothing left unclaimed, or Redis fails.
 */
@JobHandlerFor(JobName.RelayOutbox)
export class RelayOutboxJob implements JobHandler<JobName.RelayOutbox> {
  constructor(private readonly outbox: OutboxService) {}

  async handle() {
    let relayed = 0;
    for (;;) {
      const sent = await this.outbox.relay(BATCH);
      relayed += sent;
      if (sent < BATCH) return { relayed };
    }
  }
}
