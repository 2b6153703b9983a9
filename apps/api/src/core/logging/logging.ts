import type { LoggerService } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Logger as NestPinoLogger, Params, PinoLogger } from 'nestjs-pino';
import { storage, Store } from 'nestjs-pino/storage';
import pino, { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../config/app-config';

export type Service = 'api' | 'worker';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Secrets never written to a log line: session cookies, credentials, and such fields in any logged object. */
const SECRET_FIELDS = ['password', 'currentPassword', 'newPassword', 'token'];
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

/** Paths whose last segment is a bearer secret (a private calendar feed's token): logged without it. */
const SECRET_IN_PATH = /(\/api\/calendar\/feed\/)[^/?#]+/g;

/** A request path as it may be logged: secrets carried in the path replaced by `[redacted]`. */
export function loggableUrl(url: string): string {
  return url.replace(SECRET_IN_PATH, '$1[redacted]');
}

/** An incoming request id is kept only when it is a short token (no spaces, quotes or JSON); else a new UUID. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Fastify's `genReqId`: the request's id, which the request log lines carry and the response echoes. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Returns the request id in the `x-request-id` response header. */
export function echoRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}

/**
 * The process's pino logger: one JSON object per line with `time`, `level` (as a word), `service`, `msg` and,
 * from Nest's Logger, `context`. Warnings and errors go to stderr, the rest to stdout.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, service: Service): Logger {
  const stream = pino.multistream(
    [
      { level: 'debug', stream: process.stdout },
      { level: 'warn', stream: process.stderr },
    ],
    { dedupe: true },
  );
  return pino(
    {
      level: config.logLevel,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    stream,
  );
}

/** Nest's Logger (`new Logger('Context')` everywhere) writing through the process's pino logger. */
export function nestLogger(logger: Logger): LoggerService {
  const params: Params = { pinoHttp: { logger } };
  return new NestPinoLogger(new PinoLogger(params), params);
}

/** Liveness and readiness probes: polled every few seconds, never logged. */
const HEALTH_PROBE = /^\/api\/health(\/live)?\/?(\?|$)/;

/** What the request log covers: the API and the documents served at the root; not the portal's files. */
const LOGGED = /^\/(api(\/|\?|$)|\.well-known\/|did\.json(\?|$))/;

/**
 * The API's request logging (pino-http, the request context of nestjs-pino): the lines logged while serving a
 * request carry its id (Fastify's, from `requestIdOf`) as `reqId`, and each request gets one completion line
 * (method, url, headers without secrets, status, time; never a body). Health probes and the portal's files
 * (the page, its scripts and images: a dozen requests a visit) are not logged and get no child logger. A Fastify hook rather than nestjs-pino's `LoggerModule`: that one is a Nest middleware, and Nest
 * runs middleware through `@fastify/middie`, a second router with its own path matching on every request (about
 * a tenth of a health probe's time, issue 21); with no Nest middleware left the API starts without middie.
 */
export function logRequests(fastify: FastifyInstance, logger: Logger): void {
  const middleware = pinoHttp({
    logger,
    quietReqLogger: true,
    // Fastify's id (`requestIdOf`), which the response echoes.
    genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? randomUUID(),
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'warn' : 'info'),
    // pino-http hands this the standard serialised request: only its url changes.
    serializers: { req: (req: { url?: string }) => ({ ...req, url: loggableUrl(req.url ?? '') }) },
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!LOGGED.test(request.url)) return done();
    if ((request.method === 'GET' || request.method === 'HEAD') && HEALTH_PROBE.test(request.url)) return done();
    const req = request.raw as IncomingMessage & { id?: string; log: Logger };
    req.id = request.id;
    middleware(req, reply.raw, () => storage.run(new Store(req.log), done));
  });
}
