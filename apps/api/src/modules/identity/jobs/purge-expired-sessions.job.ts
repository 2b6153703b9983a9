import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../core/config/app-config';
import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName } from '../../../core/queue/queue-registry';
import { SessionService } from '../session.service';

export type PurgeExpiredSessionsJobData = Record<string, never>;

/** Daily housekeeping: deletes sessions that expired or were revoked longer ago than the retention. */
@JobHandlerFor(JobName.PurgeExpiredSessions)
export class PurgeExpiredSessionsJob implements JobHandler<JobName.PurgeExpiredSessions> {
  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(): Promise<{ deleted: number }> {
    return { deleted: await this.sessions.purgeExpired(this.config.sessionRetentionDays) };
  }
}
