import { UnrecoverableError } from 'bullmq';
import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName, JobPayloads } from '../../../core/queue/queue-registry';
import { IssueCertificationsUseCase } from '../usecases/issue-certifications/issue-certifications.usecase';

export type IssueCertificationsJobData = JobPayloads[JobName.IssueCertifications];

/** After a completed enrolment: issues whatever programmes the holder now qualifies for (idempotent). */
@JobHandlerFor(JobName.IssueCertifications)
export class IssueCertificationsJob implements JobHandler<JobName.IssueCertifications> {
  constructor(private readonly issue: IssueCertificationsUseCase) {}

  async handle(data: IssueCertificationsJobData) {
    if (typeof data?.holderId !== 'string') throw new UnrecoverableError(`bad payload: ${JSON.stringify(data)}`);
    return { issued: await this.issue.execute({ holderId: data.holderId }) };
  }
}
