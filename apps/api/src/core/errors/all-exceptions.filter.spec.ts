import { BadRequestException, ConflictException, Logger, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { PG } from '../database/pg-errors';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { coded } from './coded';

function answer(exception: unknown): { status: number; body: Record<string, unknown> & { message: string } } {
  const sent = { status: 0, body: { message: '' } as Record<string, unknown> & { message: string } };
  const reply = {
    status: (s: number) => ((sent.status = s), reply),
    type: () => reply,
    header: () => reply,
    send: (b: typeof sent.body) => ((sent.body = b), reply),
  };
  const host = {
    switchToHttp: () => ({
      getResponse: () => reply,
      getRequest: () => ({ method: 'POST', url: '/api/x', headers: {} }),
    }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

function pgFailure(code: string, column?: string): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], Object.assign(new Error('pg'), { code, column }));
}

describe('AllExceptionsFilter', () => {
  it('answers 400 for a character PostgreSQL cannot store (a NUL that got past validation)', () => {
    expect(answer(pgFailure(PG.CHARACTER_NOT_IN_REPERTOIRE))).toEqual({
      status: 400,
      body: expect.objectContaining({ message: 'request: invalid value' }),
    });
    expect(answer(pgFailure(PG.NUMERIC_VALUE_OUT_OF_RANGE, 'capacity')).body.message).toBe('capacity: invalid value');
  });

  it('answers a bare 500 for anything unexpected', () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(answer(pgFailure('57014')).status).toBe(500);
  });

  it('sends the code, field and params a throw site gave, beside the unchanged message', () => {
    const thrown = new ConflictException(
      coded('cohort.invalid_transition', 'status', 'a cancelled cohort cannot become open', {
        status: 'cancelled',
        to: 'open',
      }),
    );
    expect(answer(thrown)).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: 'status: a cancelled cohort cannot become open',
        code: 'cohort.invalid_transition',
        field: 'status',
        params: { status: 'cancelled', to: 'open' },
      },
    });
  });

  it('codes database refusals and the framework’s own errors, and marks an HTTP error thrown without a code', () => {
    expect(answer(pgFailure('23505')).body).toMatchObject({ code: 'db.already_exists' });
    expect(answer(new NotFoundException('Cannot GET /api/nowhere')).body).toMatchObject({
      code: 'http.route_not_found',
    });
    expect(
      answer(new BadRequestException("Body is not valid JSON but content-type is set to 'application/json'")).body,
    ).toMatchObject({
      code: 'http.malformed_json',
      field: 'body',
      message: 'body: malformed JSON',
    });
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    expect(answer(new BadRequestException('title: forgot the code')).body).toMatchObject({
      code: 'error.uncoded',
      message: 'title: forgot the code',
    });
    expect(Logger.prototype.warn).toHaveBeenCalled();
  });
});
