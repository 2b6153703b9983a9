import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName, JobPayloads } from '../../../core/queue/queue-registry';
import { RetentionService } from '../retention.service';

export type ApplyRetentionJobData = JobPayloads[JobName.ApplyRetention];

/** Daily housekeeping: erases the officers past their country's retention and reports what it did. */
@JobHandlerFor(JobName.ApplyRetention)
export class ApplyRetentionJob implements JobHandler<JobName.ApplyRetention> {
  constructor(private readonly retention: RetentionService) {}

  handle() {
    return this.retention.run();
  }
}
