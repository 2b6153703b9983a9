import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorDetail } from '@icspa/domain';
import { PG, pgError } from '../database/pg-errors';
import { isTransientConflict, TRANSACTION_CONFLICT } from '../database/transaction';
import { type PortalIndex, sendPortalIndex } from '../http/portal-static';
import { coded } from './coded';

/** The code of an HTTP error thrown without one: a bug, which tests keep from happening. */
export const UNCODED = 'error.uncoded';

/** Fields named in PostgreSQL constraint names, e.g. `uq_app_user_email` → `email`. */
function fieldFromConstraint(constraint?: string): string {
  if (!constraint) return 'request';
  const parts = constraint.split('__');
  return parts.length > 1 ? parts[parts.length - 1] : constraint;
}

/** A portal route (no file extension, outside the API): a missing asset stays a 404. */
function isClientRoute(url: string, apiPrefix: string): boolean {
  const path = url.split('?')[0];
  return !path.startsWith(apiPrefix) && !/\.[a-z0-9]+$/i.test(path);
}

/** A refusal as sent: one problem (`code`, `field`, `params`, `message`), and each problem when there are several. */
export type ErrorAnswer = ErrorDetail & { errors?: ErrorDetail[] };

/**
 * The framework's own refusals (Fastify's body errors, Nest's unknown route), which carry no code, given
 * one and reworded to name what is wrong. Anything else without a code is a throw site that forgot it.
 */
function frameworkProblem(status: number, message: string, request?: FastifyRequest): ErrorAnswer | undefined {
  if (status === 415) {
    const contentType = request?.headers['content-type']?.slice(0, 100) ?? 'missing';
    return coded(
      'http.unsupported_media_type',
      'content-type',
      `${contentType} is not supported; send application/json`,
      { contentType },
    );
  }
  if (status === 413) return coded('http.body_too_large', 'body', 'too large');
  if (status === 400 && /not valid JSON/.test(message)) return coded('http.malformed_json', 'body', 'malformed JSON');
  if (status === 400 && /Body cannot be empty/.test(message))
    return coded('http.empty_body', 'body', 'empty JSON body');
  if (status === 404 && /^Cannot [A-Z]+ /.test(message)) return coded('http.route_not_found', null, message);
  if (status === 429) return coded('http.too_many_requests', null, message);
  return undefined;
}

/** The code, field and parameters a throw site gave (see `coded`), when it gave them. */
function codedAnswer(response: unknown): ErrorAnswer | undefined {
  if (!response || typeof response !== 'object') return undefined;
  const r = response as Partial<ErrorAnswer>;
  if (typeof r.code !== 'string' || typeof r.message !== 'string') return undefined;
  return {
    code: r.code,
    ...(typeof r.field === 'string' ? { field: r.field } : {}),
    ...(r.params && typeof r.params === 'object' ? { params: r.params } : {}),
    message: r.message,
    ...(Array.isArray(r.errors) ? { errors: r.errors } : {}),
  };
}

/**
 * Turns every failure into `{ statusCode, error, message, code, field?, params?, errors? }`. Database
 * errors caused by the request (duplicates, bad references) become 4xx; anything unexpected is logged and
 * becomes a bare 500. An HTTP error thrown without a code is answered with `error.uncoded` and logged.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  /** With the portal's index.html, unknown non-API GETs serve it (client-side routes). */
  constructor(
    private readonly spaIndex?: PortalIndex,
    private readonly apiPrefix = '/api',
  ) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const { statusCode, answer } = this.describe(exception, request);
    if (
      statusCode === 404 &&
      this.spaIndex &&
      request?.method === 'GET' &&
      isClientRoute(request.url, this.apiPrefix)
    ) {
      sendPortalIndex(request, reply, this.spaIndex);
      return;
    }
    if (statusCode >= 500) {
      this.logger.error({
        msg: 'request failed',
        method: request?.method,
        url: request?.url,
        err: String(exception),
        stack: (exception as Error)?.stack,
      });
    } else if (answer.code === UNCODED) {
      this.logger.warn({
        msg: 'error without a code',
        method: request?.method,
        url: request?.url,
        err: answer.message,
      });
    }
    const { message, ...rest } = answer;
    const body = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...rest };
    if (exception instanceof HttpException) {
      const headers = (exception as HttpException & { headers?: Record<string, string> }).headers;
      if (headers) for (const [k, v] of Object.entries(headers)) reply.header(k, v);
    }
    reply.status(statusCode).type('application/json; charset=utf-8').send(body);
  }

  private describe(exception: unknown, request?: FastifyRequest): { statusCode: number; answer: ErrorAnswer } {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const given = codedAnswer(response);
      if (given) return { statusCode, answer: given };
      let message: string;
      if (typeof response === 'string') message = response;
      else {
        const m = (response as { message?: unknown }).message;
        message = Array.isArray(m) ? m.join('; ') : typeof m === 'string' ? m : exception.message;
      }
      return {
        statusCode,
        answer: frameworkProblem(statusCode, message, request) ?? { code: UNCODED, message },
      };
    }
    // A deadlock or serialization failure that escaped runInTransaction: nothing was saved, asking again may work.
    if (isTransientConflict(exception)) return { statusCode: 409, answer: TRANSACTION_CONFLICT };
    const pg = pgError(exception);
    switch (pg?.code) {
      case PG.UNIQUE_VIOLATION:
        return {
          statusCode: 409,
          answer: coded('db.already_exists', fieldFromConstraint(pg.constraint), 'already exists'),
        };
      case PG.FOREIGN_KEY_VIOLATION:
        return {
          statusCode: 400,
          answer: coded(
            'db.unknown_reference',
            fieldFromConstraint(pg.constraint),
            'refers to something that does not exist',
          ),
        };
      case PG.CHECK_VIOLATION:
      case PG.EXCLUSION_VIOLATION:
        return {
          statusCode: 409,
          answer: coded('db.conflicting_data', fieldFromConstraint(pg.constraint), 'conflicts with existing data'),
        };
      case PG.INVALID_TEXT_REPRESENTATION:
      case PG.NUMERIC_VALUE_OUT_OF_RANGE:
      case PG.INVALID_DATETIME_FORMAT:
      case PG.DATETIME_FIELD_OVERFLOW:
      case PG.STRING_DATA_RIGHT_TRUNCATION:
      case PG.CHARACTER_NOT_IN_REPERTOIRE:
        return { statusCode: 400, answer: coded('db.invalid_value', pg.column ?? 'request', 'invalid value') };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      answer: coded('error.internal', null, 'Internal server error'),
    };
  }
}
