import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../../../core/clock/clock';
import { JobHandler, JobHandlerFor } from '../../../core/queue/job.decorator';
import { JobName, OFFICER_IMPORT_ATTEMPTS } from '../../../core/queue/queue-registry';
import { failImport } from '../officer-import.queries';
import {
  ApplyOfficerImportUseCase,
  type ApplyOfficerImportResult,
} from '../usecases/apply-officer-import/apply-officer-import.usecase';

export interface ApplyOfficerImportJobData {
  importId: string;
}

/**
 * Applies one officer import, reporting `{ done, total }` rows as the job's progress (the portal's progress
 * bar polls it through `GET /api/officer-imports/:id`). Safe to run twice: an applied import is left alone.
 * When the last try fails, the import is marked failed (its transaction wrote nothing).
 */
@JobHandlerFor(JobName.ApplyOfficerImport)
export class ApplyOfficerImportJob implements JobHandler<JobName.ApplyOfficerImport> {
  constructor(
    private readonly apply: ApplyOfficerImportUseCase,
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async handle(
    data: ApplyOfficerImportJobData,
    job?: Job<ApplyOfficerImportJobData>,
  ): Promise<ApplyOfficerImportResult> {
    try {
      return await this.apply.execute({
        importId: data.importId,
        onProgress: (done, total) => job?.updateProgress({ done, total }),
      });
    } catch (error) {
      const attempts = job?.opts.attempts ?? OFFICER_IMPORT_ATTEMPTS;
      if (!job || job.attemptsMade + 1 >= attempts) await failImport(this.db.manager, data.importId, this.clock.now());
      throw error;
    }
  }
}
