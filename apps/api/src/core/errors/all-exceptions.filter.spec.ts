import { Logger, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { PG } from '../database/pg-errors';
import { AllExceptionsFilter } from './all-exceptions.filter';

function answer(exception: unknown): { status: number; body: { message: string } } {
  const sent = { status: 0, body: { message: '' } };
  const reply = {
    status: (s: number) => ((sent.status = s), reply),
    type: () => reply,
    header: () => reply,
    send: (b: { message: string }) => ((sent.body = b), reply),
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
});
