import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: Error) => void) => void;

/** helmet itself, as @fastify/helmet (our dependency) depends on it. */
const helmet = createRequire(require.resolve('@fastify/helmet'))('helmet') as (options: object) => Middleware;

/**
 * helmet's security headers (CSP, HSTS, X-Frame-Options, X-Content-Type-Options, Referrer-Policy and the rest) on
 * every answer, exactly as `@fastify/helmet` sets them, but with helmet's middleware built once: the plugin builds
 * it anew for every request (parsing the CSP directives each time), which the profile showed on every route.
 */
export function setSecurityHeaders(fastify: FastifyInstance, options: object): void {
  const apply = helmet(options);
  fastify.addHook('onRequest', (request, reply, done) => apply(request.raw, reply.raw, done));
}
