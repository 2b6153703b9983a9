import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { SESSION_LOOKUP, type SessionLookup } from '../auth/session-lookup';
import type { Queue } from 'bullmq';
import { coded } from '../errors/coded';
import { QUEUE_AUDIT, type QueueAudit } from './queue-audit';
import { QueueName } from './queue-registry';
import { QueueService } from './queue.service';

export const QUEUE_BOARD_PATH = '/api/admin/queues';

/** The board's "retry this job" route, the one change it allows. */
export const QUEUE_BOARD_RETRY_ROUTE = `${QUEUE_BOARD_PATH}/api/queues/:queueName/:jobId/retry`;

/**
 * A read-only queue whose failed jobs the board still offers to retry. Bull Board turns retries off
 * in read-only mode (and its server refuses them), so the flag is set back for the page's button and
 * the retry itself is served by `mountQueueBoard`, which audits it.
 */
class RetryOnlyAdapter extends BullMQAdapter {
  constructor(queue: Queue) {
    super(queue, { readOnlyMode: true, allowRetries: true });
    Object.assign(this, { allowRetries: true, allowCompletedRetries: false });
  }
}

/**
 * Bull Board at /api/admin/queues, for admins only. It is a Fastify plugin rather than a Nest route,
 * so it gets its own session check, the same one AccessGuard makes. Every queue is read-only: adding,
 * editing, promoting, cleaning, pausing, emptying and obliterating answer 405; the one change allowed
 * is retrying a failed job, recorded as an audit event (`queue.retry_job`).
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const queues = app.get(QueueService);
  const sessions = app.get<SessionLookup>(SESSION_LOOKUP);
  const audit = app.get<QueueAudit>(QUEUE_AUDIT);
  const board = new BoardAdapter();
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new RetryOnlyAdapter(queues.queue(name))),
    serverAdapter: board,
  });
  board.setBasePath(QUEUE_BOARD_PATH);
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = (request.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
      const user = token ? await sessions.findUser(token) : null;
      if (!user)
        return reply
          .status(401)
          .send({ statusCode: 401, error: 'Unauthorized', ...coded('auth.sign_in_first', null, 'Sign in first') });
      if (user.role !== 'admin')
        return reply.status(403).send({
          statusCode: 403,
          error: 'Forbidden',
          ...coded('auth.role_forbidden', null, `Your role (${user.role}) may not do this`, { role: user.role }),
        });
      if (request.method === 'GET' || request.method === 'HEAD') return;
      if (request.method !== 'PUT' || request.routeOptions.url !== QUEUE_BOARD_RETRY_ROUTE)
        return reply.status(405).send({
          statusCode: 405,
          error: 'Method Not Allowed',
          ...coded('queue.read_only', null, 'The queue board is read-only; only a failed job may be retried'),
        });
      const { queueName, jobId } = request.params as { queueName: string; jobId: string };
      const known = (Object.values(QueueName) as string[]).includes(queueName);
      const job = known ? await queues.queue(queueName as QueueName).getJob(jobId) : undefined;
      if (!job)
        return reply
          .status(404)
          .send({ statusCode: 404, error: 'Not Found', ...coded('queue.job_not_found', 'jobId', 'no such job') });
      const state = await job.getState();
      if (state !== 'failed')
        return reply.status(409).send({
          statusCode: 409,
          error: 'Conflict',
          ...coded('queue.retry_failed_only', 'jobId', `only failed jobs are retried (this one is ${state})`, {
            state,
          }),
        });
      // Audited before the retry: a recorded retry that then fails is better than an unrecorded one.
      await audit.jobRetried(user, queueName, jobId, job.failedReason ?? null);
      await job.retry('failed');
      return reply.status(204).send();
    });
    // The board's page bootstraps with an inline script.
    scope.addHook('onSend', async (_request, reply, payload) => {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
      );
      return payload;
    });
    await scope.register(board.registerPlugin() as never, { prefix: QUEUE_BOARD_PATH });
  });
}
