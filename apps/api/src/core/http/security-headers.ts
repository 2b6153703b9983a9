import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** helmet itself, as @fastify/helmet (our dependency) depends on it. */
const helmet = createRequire(require.resolve('@fastify/helmet'))('helmet') as (options: object) => Middleware;

/**
 * The headers helmet sets with these options, read once by running its middleware against a recording response.
 * With static options (no per-request CSP nonce) they are the same for every request.
 */
export function helmetHeaders(options: object): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
  let finished = false;
  helmet(options)({ headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, (error) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish synchronously: its options must not depend on the request');
  return headers;
}

/**
 * helmet's security headers (CSP, HSTS, X-Frame-Options, X-Content-Type-Options, Referrer-Policy and the rest) on
 * every answer, the same headers `@fastify/helmet` sets, computed once: the plugin builds helmet's middleware anew
 * for every request (parsing the CSP directives each time) and the middleware writes each header to Node's
 * response, validating it, on every request. Here they go with the reply's own headers, which a route may
 * override (as it could before).
 */
export function setSecurityHeaders(fastify: FastifyInstance, options: object): void {
  const headers = helmetHeaders(options);
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
