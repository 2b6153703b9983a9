import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName, JobPayloads } from '../../../core/queue/queue-registry';
import { CertificationsService } from '../certifications.service';

export type CertificationLifecycleJobData = JobPayloads[JobName.CertificationLifecycle];

/** Daily: expiry and reminders. */
@JobHandlerFor(JobName.CertificationLifecycle)
export class CertificationLifecycleJob implements JobHandler<JobName.CertificationLifecycle> {
  constructor(private readonly certifications: CertificationsService) {}

  handle() {
    return this.certifications.runLifecycle();
  }
}
