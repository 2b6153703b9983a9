import { RequestMethod, type DynamicModule, type LoggerService } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Logger as NestPinoLogger, LoggerModule, Params, PinoLogger } from 'nestjs-pino';
import pino, { Logger } from 'pino';
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

const HEALTH_PROBE = /^\/api\/health(\/|\?|$)/;

/** The path as the client sent it (a middleware may see `url` relative to where it is mounted). */
function urlOf(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
}

/**
 * nestjs-pino's request logging for the API: the lines logged while serving a request carry its id (Fastify's,
 * from `requestIdOf`) as `reqId`, and each request gets one completion line (method, url, headers without
 * secrets, status, time; never a body). Health probes are not logged.
 */
export function requestLoggingModule(logger: Logger): DynamicModule {
  return LoggerModule.forRoot({
    // Health probes skip the request logger altogether (no child logger, no request context): they log nothing.
    exclude: [
      { method: RequestMethod.GET, path: 'health' },
      { method: RequestMethod.GET, path: 'health/live' },
    ],
    pinoHttp: {
      logger,
      quietReqLogger: true,
      autoLogging: { ignore: (req) => HEALTH_PROBE.test(urlOf(req)) },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'warn' : 'info'),
      // pino-http hands this the standard serialised request: only its url changes.
      serializers: { req: (req: { url?: string }) => ({ ...req, url: loggableUrl(req.url ?? '') }) },
    },
  });
}

/** The API's root module with request logging added (the feature modules need not know about it). */
export function withRequestLogging(root: DynamicModule, logger: Logger): DynamicModule {
  return { ...root, imports: [...(root.imports ?? []), requestLoggingModule(logger)] };
}
