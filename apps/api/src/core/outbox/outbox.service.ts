import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobsOptions } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { selectPrepared, updateReturning } from '../database/sql';
import { JobName, JobPayloads } from '../queue/queue-registry';
import { QueueService } from '../queue/queue.service';

interface ClaimedMessage {
  id: string;
  job_name: JobName;
  payload: Record<string, string | number>;
  job_id: string;
}

/**
 * Transactional outbox: `write` inside the business transaction; the relay job (`RelayOutboxJob`, every few
 * seconds, and at once after `relaySoon()`) enqueues what was written.
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
    options: { delayMs?: number; priority?: number } = {},
  ): Promise<void> {
    // One fixed text, a named prepared statement (every proposal writes two of these): the row TypeORM's
    // repository insert wrote, without building its query each time.
    await selectPrepared(manager, `INSERT INTO outbox_message (job_name, payload, job_id) VALUES ($1, $2::jsonb, $3)`, [
      jobName,
      JSON.stringify({
        ...payload,
        ...(options.delayMs ? { delayMs: options.delayMs } : {}),
        ...(options.priority ? { priority: options.priority } : {}),
      }),
      jobId,
    ]);
  }

  /**
   * Claims up to `limit` undispatched messages (skipping rows another relay holds, taking over claims older
   * than a minute), enqueues them oldest first and marks them dispatched; returns how many went out. Two
   * relays at once never send the same rows; a re-send after a crash is harmless, as job ids are deterministic.
   */
  async relay(limit = 500): Promise<number> {
    const claimed = await updateReturning<ClaimedMessage>(
      this.db.manager,
      `UPDATE outbox_message SET claimed_at = now()
        WHERE id IN (
          SELECT id FROM outbox_message
           WHERE dispatched_at IS NULL AND (claimed_at IS NULL OR claimed_at < now() - interval '1 minute')
           ORDER BY id LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, job_name, payload, job_id`,
      [limit],
    );
    const messages = claimed.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
    const sent: string[] = [];
    try {
      for (const m of messages) {
        const { delayMs, priority, ...payload } = m.payload;
        const options: JobsOptions = {
          jobId: m.job_id,
          ...(delayMs ? { delay: Number(delayMs) } : {}),
          ...(priority ? { priority: Number(priority) } : {}),
        };
        try {
          await this.queues.add(m.job_name, payload as never, options);
        } catch (error) {
          this.logger.warn({
            msg: 'outbox relay failed; the next relay retries',
            jobId: m.job_id,
            err: (error as Error).message,
          });
          break;
        }
        sent.push(m.id);
      }
    } finally {
      if (sent.length)
        await this.db.query(`UPDATE outbox_message SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [sent]);
      // Whatever was claimed but not sent is released for the next relay at once.
      if (sent.length < messages.length)
        await this.db.query(
          `UPDATE outbox_message SET claimed_at = NULL WHERE id = ANY($1::bigint[]) AND dispatched_at IS NULL`,
          [messages.map((m) => m.id)],
        );
    }
    return sent.length;
  }

  /** After a commit: runs the relay job now, without making the caller wait for Redis or fail because of it. */
  relaySoon(): void {
    this.queues
      .add(JobName.RelayOutbox, {}, { attempts: 1, removeOnComplete: true, removeOnFail: true })
      .catch((error) =>
        this.logger.warn({
          msg: 'outbox relay not started; the scheduled relay retries',
          err: (error as Error).message,
        }),
      );
  }
}
