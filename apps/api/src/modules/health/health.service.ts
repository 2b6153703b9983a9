import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedisClient } from '../../core/redis/redis.provider';
import { HealthResponseDto, QueueHealthDto, ServiceHealthDto } from './dtos/health.dto';
import { QueueService } from '../../core/queue/queue.service';
import { QueueName } from '../../core/queue/queue-registry';
import { oldestWaitingRequestAgeSeconds } from '../trainer-assignment/training-requests.queries';

const TIMEOUT_MS = 2000;

async function probe(check: () => Promise<unknown>): Promise<ServiceHealthDto> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Date.now() - started };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly redis: RedisClient,
    private readonly queues: QueueService,
  ) {}

  async check(): Promise<HealthResponseDto> {
    const [database, redis] = await Promise.all([
      probe(() => this.db.query('SELECT 1')),
      probe(() => this.redis.redis.ping()),
    ]);
    const queue =
      redis.status === 'up' && database.status === 'up' ? await this.queueDetails().catch(() => undefined) : undefined;
    return {
      status: database.status === 'up' && redis.status === 'up' ? 'ok' : 'error',
      details: { database, redis, ...(queue ? { queue } : {}) },
    };
  }

  /** Depth of the trainer-assignment queue and the age of the oldest request still waiting for the matcher. */
  private async queueDetails(): Promise<QueueHealthDto> {
    const counts = await this.queues
      .queue(QueueName.TrainerAssignment)
      .getJobCounts('waiting', 'active', 'delayed', 'failed');
    const oldest = await oldestWaitingRequestAgeSeconds(this.db.manager);
    return {
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      oldestPendingRequestSeconds: oldest,
    };
  }
}
