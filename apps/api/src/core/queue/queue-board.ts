import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { SESSION_LOOKUP, type SessionLookup } from '../auth/session-lookup';
import { QueueName } from './queue-registry';
import { QueueService } from './queue.service';

export const QUEUE_BOARD_PATH = '/api/admin/queues';

/**
 * Bull Board at /api/admin/queues, for admins only. It is a Fastify plugin rather than a Nest route,
 * so it gets its own session check, the same one AccessGuard makes.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const queues = app.get(QueueService);
  const sessions = app.get<SessionLookup>(SESSION_LOOKUP);
  const board = new BoardAdapter();
  createBullBoard({
    queues: Object.values(QueueName).map((name) => new BullMQAdapter(queues.queue(name))),
    serverAdapter: board,
  });
  board.setBasePath(QUEUE_BOARD_PATH);
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = (request.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
      const user = token ? await sessions.findUser(token) : null;
      if (!user) return reply.status(401).send({ statusCode: 401, error: 'Unauthorized', message: 'Sign in first' });
      if (user.role !== 'admin')
        return reply
          .status(403)
          .send({ statusCode: 403, error: 'Forbidden', message: `Your role (${user.role}) may not do this` });
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
