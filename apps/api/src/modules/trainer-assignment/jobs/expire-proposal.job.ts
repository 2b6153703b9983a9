import { UnrecoverableError } from 'bullmq';
import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName, JobPayloads } from '../../../core/queue/queue-registry';
import { AssignmentsService } from '../assignments.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ExpireProposalJobData = JobPayloads[JobName.ExpireProposal];

/** Delayed by the proposal's time to answer; lapses it if still unanswered. */
@JobHandlerFor(JobName.ExpireProposal)
export class ExpireProposalJob implements JobHandler<JobName.ExpireProposal> {
  constructor(private readonly assignments: AssignmentsService) {}

  async handle(data: ExpireProposalJobData) {
    if (typeof data?.assignmentId !== 'string' || !UUID.test(data.assignmentId))
      throw new UnrecoverableError(`bad payload: ${JSON.stringify(data)}`);
    return { expired: await this.assignments.expire(data.assignmentId) };
  }
}
