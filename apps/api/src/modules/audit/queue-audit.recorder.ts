import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import type { QueueAudit } from '../../core/queue/queue-audit';
import { AuditService } from './audit.service';

/** The queue board's audit trail: a `queue.retry_job` event per retried job. */
@Injectable()
export class QueueAuditRecorder implements QueueAudit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async jobRetried(actor: AuthUser, queue: string, jobId: string, failedReason: string | null): Promise<void> {
    await this.audit.record(this.db.manager, actor, {
      action: 'queue.retry_job',
      entityType: 'queue_job',
      entityId: jobId.slice(0, 80),
      details: { queue, jobId, failedReason },
    });
  }
}
