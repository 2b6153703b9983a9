import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../../../core/clock/clock';
import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName } from '../../../core/queue/queue-registry';
import { refreshUptake } from '../uptake-rollup';

export type RefreshUptakeJobData = Record<string, never>;

/** Rebuilds the uptake rollups on a schedule, or when an admin asks; reports progress to the dashboard. */
@JobHandlerFor(JobName.RefreshUptake)
export class RefreshUptakeJob implements JobHandler<JobName.RefreshUptake> {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async handle(
    _data: RefreshUptakeJobData,
    job: Job<RefreshUptakeJobData>,
  ): Promise<{ asOf: string; durationMs: number }> {
    const runner = this.db.createQueryRunner();
    try {
      await runner.connect();
      const { asOf, durationMs } = await refreshUptake(runner, (percent) => job.updateProgress(percent), {
        now: this.clock.now(),
      });
      return { asOf: asOf.toISOString(), durationMs };
    } finally {
      await runner.release();
    }
  }
}
