import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { JobName, JobPayloads } from '../queue/queue-registry';
import { QueueService } from '../queue/queue.service';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Transactional outbox: `write` inside the business transaction, `relay` after commit (and from the
 * reconciler, for whatever a crash or a Redis outage left behind).
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: QueueService,
  ) {}

  async write<N extends JobName>(
    manager: EntityManager,
    jobName: N,
    payload: JobPayloads[N],
    jobId: string,
    options: { delayMs?: number } = {},
  ): Promise<void> {
    await manager.getRepository(OutboxMessage).insert({
      jobName,
      payload: { ...payload, ...(options.delayMs ? { delayMs: options.delayMs } : {}) } as never,
      jobId,
      dispatchedAt: null,
    });
  }

  /** Enqueues undispatched messages, oldest first; returns how many went out. Safe to run anywhere, any number of times. */
  async relay(limit = 500): Promise<number> {
    const messages: { id: string; job_name: JobName; payload: Record<string, string | number>; job_id: string }[] =
      await this.db.query(
        `SELECT id, job_name, payload, job_id FROM outbox_message WHERE dispatched_at IS NULL ORDER BY id LIMIT $1`,
        [limit],
      );
    let sent = 0;
    for (const m of messages) {
      const { delayMs, ...payload } = m.payload;
      const options: JobsOptions = { jobId: m.job_id, ...(delayMs ? { delay: Number(delayMs) } : {}) };
      try {
        await this.queues.add(m.job_name, payload as never, options);
      } catch (error) {
        this.logger.warn({
          msg: 'outbox relay failed; the reconciler will retry',
          jobId: m.job_id,
          err: (error as Error).message,
        });
        break;
      }
      await this.db.query(`UPDATE outbox_message SET dispatched_at = now() WHERE id = $1`, [m.id]);
      sent++;
    }
    return sent;
  }

  /** After a commit: relay now, without making the caller wait for Redis or fail because of it. */
  relaySoon(): void {
    this.relay().catch((error) => this.logger.warn({ msg: 'outbox relay failed', err: (error as Error).message }));
  }
}
