import { UnrecoverableError } from 'bullmq';
import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName, JobPayloads } from '../../../core/queue/queue-registry';
import { MatchTrainingRequestUseCase } from '../usecases/match-training-request/match-training-request.usecase';

export type MatchTrainingRequestJobData = JobPayloads[JobName.MatchTrainingRequest];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs the matcher for one round of one request; safe to run twice (the use case checks the round). */
@JobHandlerFor(JobName.MatchTrainingRequest)
export class MatchTrainingRequestJob implements JobHandler<JobName.MatchTrainingRequest> {
  constructor(private readonly matcher: MatchTrainingRequestUseCase) {}

  handle(data: MatchTrainingRequestJobData) {
    if (!UUID.test(String(data?.requestId)) || !Number.isInteger(data?.round))
      throw new UnrecoverableError(`bad payload: ${JSON.stringify(data)}`);
    return this.matcher.execute({ requestId: data.requestId, round: data.round });
  }
}
