import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../core/clock/clock';
import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JOB_IDS, JobName, JobPayloads, QueueName } from '../../../core/queue/queue-registry';
import { QueueService } from '../../../core/queue/queue.service';
import { findOverdueProposals } from '../assignments.queries';
import { AssignmentsService } from '../assignments.service';
import { LocalTrainersService } from '../local-trainers.service';
import { findOpenRequests } from '../training-requests.queries';

export type ReconcileTrainingRequestsJobData = JobPayloads[JobName.ReconcileTrainingRequests];

/**
 * Repeatable safety net: re-enqueues every pending or matching request whose job
 * is gone (a crash between commit and enqueue, a flushed Redis, a failed job), and lapses proposals
 * whose delayed job was lost, and sweeps local trainers whose certification lapsed. Everything it does is
 * idempotent.
 */
@JobHandlerFor(JobName.ReconcileTrainingRequests)
export class ReconcileTrainingRequestsJob implements JobHandler<JobName.ReconcileTrainingRequests> {
  private readonly logger = new Logger('Reconciler');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: QueueService,
    private readonly assignments: AssignmentsService,
    private readonly clock: Clock,
    private readonly localTrainers: LocalTrainersService,
  ) {}

  async handle() {
    const queue = this.queues.queue(QueueName.TrainerAssignment);
    // No grace period needed: the job id is deterministic, so re-adding a job that is about to be
    // relayed, or whose request is already served, costs one no-op run at most.
    const open = await findOpenRequests(this.db.manager);
    let requeued = 0;
    for (const r of open) {
      const jobId = JOB_IDS.match(r.id, r.round);
      const job = await queue.getJob(jobId);
      const state = job ? await job.getState() : 'missing';
      if (['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'].includes(state)) continue;
      if (job) await job.remove().catch(() => undefined); // finished or failed without serving the request
      await this.queues.add(JobName.MatchTrainingRequest, { requestId: r.id, round: r.round }, { jobId });
      requeued++;
    }
    const overdue = await findOverdueProposals(this.db.manager, this.clock.now());
    let expired = 0;
    for (const a of overdue) if (await this.assignments.expire(a.id)) expired++;
    // Local trainers whose certification lapsed: grants revoked, proposals cancelled, admins told.
    const lapsed = await this.localTrainers.sweepLapsed();
    if (requeued || expired || lapsed) this.logger.log({ msg: 'reconciled', requeued, expired, lapsed });
    return { requeued, expired, lapsed };
  }
}
