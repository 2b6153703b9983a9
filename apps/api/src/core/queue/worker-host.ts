import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JOB_HANDLER_KEY, JobHandler } from './job.decorator';
import { JOB_QUEUE, JOB_SCHEDULES, JobName, JobSchedule, QueueName } from './queue-registry';
import { bullConnection, QueueService } from './queue.service';
import { RedisClient } from '../redis/redis.provider';
import { OutboxService } from '../outbox/outbox.service';

/** Checks that every registered job name has exactly one handler, and every handler a registered name. */
export function checkHandlers(found: Array<{ name: string; handler: string }>): void {
  const problems: string[] = [];
  for (const name of Object.values(JobName)) {
    const handlers = found.filter((f) => f.name === name).map((f) => f.handler);
    if (handlers.length === 0) problems.push(`job "${name}" has no handler`);
    if (handlers.length > 1) problems.push(`job "${name}" has ${handlers.length} handlers (${handlers.join(', ')})`);
  }
  for (const f of found) {
    if (!(Object.values(JobName) as string[]).includes(f.name))
      problems.push(`${f.handler} handles unregistered job "${f.name}"`);
  }
  if (problems.length) throw new Error(`Worker cannot start: ${problems.join('; ')}`);
}

/**
 * How often BullMQ looks for jobs whose worker died. A job is moved back to waiting at the first check
 * that finds its lock gone, having been marked by an earlier check (a live worker's lock renewal
 * unmarks it). The lock outlives the last renewal by at most the lock duration, and with checks every
 * half lock at least one check falls in that time: a dead worker's jobs come back within 1.5 × the lock.
 */
export function stalledCheckInterval(lockMs: number): number {
  return Math.floor(lockMs / 2);
}

/** The longest a job of a worker that died waits before another worker runs it (see stalledCheckInterval). */
export function stalledRecoveryBoundMs(lockMs: number): number {
  return lockMs + stalledCheckInterval(lockMs);
}

/**
 * Runs the BullMQ workers in the worker process. Shutdown closes them gracefully: active jobs finish
 * before the process exits; a job cut off by a hard kill is stalled and picked up again by a live worker.
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly workers: Worker[] = [];
  private handlers = new Map<string, JobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly queues: QueueService,
    private readonly redis: RedisClient,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    await this.checkRedis();
    const found = this.discovery
      .getProviders()
      .filter((w) => w.metatype && w.instance && Reflect.getMetadata(JOB_HANDLER_KEY, w.metatype))
      .map((w) => ({
        name: Reflect.getMetadata(JOB_HANDLER_KEY, w.metatype!) as string,
        handler: w.name as string,
        instance: w.instance as JobHandler,
      }));
    checkHandlers(found);
    this.handlers = new Map(found.map((f) => [f.name, f.instance]));

    for (const queueName of new Set(Object.values(JOB_QUEUE))) {
      const worker = new Worker(queueName, (job) => this.process(job), {
        connection: bullConnection(this.config),
        prefix: this.config.redisPrefix,
        concurrency:
          queueName === QueueName.TrainerAssignment ? this.config.matcherConcurrency : this.config.workerConcurrency,
        lockDuration: this.config.workerLockMs,
        // A dead worker's job comes back at the first stalled check after its lock expires (at most
        // WORKER_LOCK_MS after the kill): checking every half lock bounds that by 1.5 × WORKER_LOCK_MS.
        // (Checking every whole lock, a job could wait up to two locks, 34–56 s measured at 30 s.)
        stalledInterval: stalledCheckInterval(this.config.workerLockMs),
      });
      worker.on('failed', (job, err) =>
        this.logger.warn({
          msg: 'job failed',
          queue: queueName,
          job: job?.name,
          jobId: job?.id,
          attempt: job?.attemptsMade,
          err: err.message,
        }),
      );
      worker.on('error', (err) => this.logger.error({ msg: 'worker error', queue: queueName, err: err.message }));
      this.workers.push(worker);
    }
    for (const [name, schedule] of Object.entries(JOB_SCHEDULES) as [JobName, (c: AppConfig) => JobSchedule][]) {
      const repeat = schedule(this.config);
      await this.queues
        .queue(JOB_QUEUE[name])
        .upsertJobScheduler(
          name,
          'pattern' in repeat ? { pattern: repeat.pattern, tz: 'UTC' } : { every: repeat.every },
          { name, data: {} },
        );
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
    // Whatever the outbox holds (seeded work, or jobs a crash kept from Redis) goes out now.
    this.outbox.relaySoon();
    this.logger.log({
      msg: 'worker ready',
      queues: this.workers.map((w) => w.name),
      concurrency: this.config.workerConcurrency,
      matcherConcurrency: this.config.matcherConcurrency,
    });
  }

  /**
   * BullMQ loses jobs if Redis evicts keys; in production the worker refuses to run on such a Redis,
   * and warns when Redis does not persist (a restart would lose the queue).
   */
  private async checkRedis() {
    const redis = this.redis.redis;
    const info = (await redis.info('memory')) + (await redis.info('persistence'));
    const policy = /maxmemory_policy:(\S+)/.exec(info)?.[1];
    const aof = /aof_enabled:(\d)/.exec(info)?.[1];
    if (policy && policy !== 'noeviction') {
      const message = `Redis maxmemory-policy is ${policy}; the queue needs noeviction`;
      if (this.config.nodeEnv === 'production') throw new Error(`Worker cannot start: ${message}`);
      this.logger.warn({ msg: message });
    }
    if (aof === '0')
      this.logger.warn({
        msg: 'Redis append-only file is off: queued jobs are lost if Redis restarts (the reconciler re-creates them from PostgreSQL)',
      });
  }

  private async process(job: Job) {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new UnrecoverableError(`no handler for job "${job.name}"`);
    const started = Date.now();
    const result = await handler.handle(job.data, job);
    // Repeatable jobs (the outbox relay runs every few seconds) would drown the log at info.
    const done = { msg: 'job done', job: job.name, jobId: job.id, ms: Date.now() - started };
    if (job.repeatJobKey) this.logger.debug(done);
    else this.logger.log(done);
    return result;
  }

  get queueNames(): QueueName[] {
    return this.workers.map((w) => w.name as QueueName);
  }

  async beforeApplicationShutdown(signal?: string) {
    this.logger.log({ msg: 'worker stopping; letting active jobs finish', signal });
    await Promise.all(this.workers.map((w) => w.close()));
    this.logger.log({ msg: 'worker stopped' });
  }
}
