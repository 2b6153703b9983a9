import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConnectionOptions, JobsOptions, Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JOB_OPTIONS, JOB_QUEUE, JobName, JobPayloads, QueueName } from './queue-registry';

/** BullMQ connection settings from REDIS_URL; BullMQ wants its own connections (blocking commands). */
export function bullConnection(config: AppConfig): ConnectionOptions {
  const url = new URL(config.redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/** Defaults every job gets: retries with exponential back-off, bounded history in Redis. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Producer side: puts jobs on their registered queue. */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: bullConnection(this.config),
        prefix: this.config.redisPrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      queue.on('error', () => undefined); // surfaced by /api/health
      this.queues.set(name, queue);
    }
    return queue;
  }

  add<N extends JobName>(name: N, data: JobPayloads[N], options: JobsOptions = {}) {
    if (options.jobId?.includes(':')) throw new Error(`job id ${options.jobId} must not contain ':'`);
    const own = JOB_OPTIONS[name]?.(this.config) ?? {};
    return this.queue(JOB_QUEUE[name]).add(name, data, { ...own, ...options });
  }

  async onApplicationShutdown() {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
