import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PG, pgError } from '../database/pg-errors';
import { isTransientConflict, TRANSACTION_CONFLICT_MESSAGE } from '../database/transaction';
import { sendPortalIndex } from '../http/portal-static';

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

/**
 * Fastify's own body errors (Nest hands them over as HttpExceptions) reworded to name what is wrong.
 */
function bodyProblem(status: number, message: string, request?: FastifyRequest): string | undefined {
  if (status === 415)
    return `content-type: ${request?.headers['content-type']?.slice(0, 100) ?? 'missing'} is not supported; send application/json`;
  if (status === 413) return 'body: too large';
  if (status === 400 && /not valid JSON/.test(message)) return 'body: malformed JSON';
  if (status === 400 && /Body cannot be empty/.test(message)) return 'body: empty JSON body';
  return undefined;
}

/**
 * Turns every failure into `{ statusCode, error, message }`. Database errors caused by the request
 * (duplicates, bad references) become 4xx; anything unexpected is logged and becomes a bare 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  /** With the portal's index.html, unknown non-API GETs serve it (client-side routes). */
  constructor(
    private readonly spaIndex?: string,
    private readonly apiPrefix = '/api',
  ) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const { statusCode, message } = this.describe(exception, request);
    if (
      statusCode === 404 &&
      this.spaIndex &&
      request?.method === 'GET' &&
      isClientRoute(request.url, this.apiPrefix)
    ) {
      sendPortalIndex(reply, this.spaIndex);
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
    }
    const body = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
    if (exception instanceof HttpException) {
      const headers = (exception as HttpException & { headers?: Record<string, string> }).headers;
      if (headers) for (const [k, v] of Object.entries(headers)) reply.header(k, v);
    }
    reply.status(statusCode).type('application/json; charset=utf-8').send(body);
  }

  private describe(exception: unknown, request?: FastifyRequest): { statusCode: number; message: string } {
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      let message: string;
      if (typeof response === 'string') message = response;
      else {
        const m = (response as { message?: unknown }).message;
        message = Array.isArray(m) ? m.join('; ') : typeof m === 'string' ? m : exception.message;
      }
      return {
        statusCode: exception.getStatus(),
        message: bodyProblem(exception.getStatus(), message, request) ?? message,
      };
    }
    // A deadlock or serialization failure that escaped runInTransaction: nothing was saved, asking again may work.
    if (isTransientConflict(exception)) return { statusCode: 409, message: TRANSACTION_CONFLICT_MESSAGE };
    const pg = pgError(exception);
    switch (pg?.code) {
      case PG.UNIQUE_VIOLATION:
        return { statusCode: 409, message: `${fieldFromConstraint(pg.constraint)}: already exists` };
      case PG.FOREIGN_KEY_VIOLATION:
        return {
          statusCode: 400,
          message: `${fieldFromConstraint(pg.constraint)}: refers to something that does not exist`,
        };
      case PG.CHECK_VIOLATION:
      case PG.EXCLUSION_VIOLATION:
        return { statusCode: 409, message: `${fieldFromConstraint(pg.constraint)}: conflicts with existing data` };
      case PG.INVALID_TEXT_REPRESENTATION:
      case PG.NUMERIC_VALUE_OUT_OF_RANGE:
      case PG.STRING_DATA_RIGHT_TRUNCATION:
      case PG.CHARACTER_NOT_IN_REPERTOIRE:
        return { statusCode: 400, message: `${pg.column ?? 'request'}: invalid value` };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
  }
}
