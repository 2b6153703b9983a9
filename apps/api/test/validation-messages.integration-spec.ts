import 'reflect-metadata';
import { BadRequestException } from '@nestjs/common';
import { CohortCreateDto } from '../src/modules/cohorts/dtos/cohort.dto';
import { UserCreateDto } from '../src/modules/identity/dtos/user.dto';
import { PageQueryDto } from '../src/core/http/pagination.dto';
import { createValidationPipe } from '../src/core/validation/validation.pipe';

/** The 400 message the global pipe gives for `value` as the body (or query) of `metatype`. */
async function messageFor(metatype: new () => object, value: object, type: 'body' | 'query' = 'body') {
  try {
    await createValidationPipe().transform(value, { type, metatype });
  } catch (error) {
    if (error instanceof BadRequestException) return (error.getResponse() as { message: string }).message;
    throw error;
  }
  throw new Error('no validation error');
}

const cohort = {
  courseId: '6f1c1f4e-5d7a-4a8e-9a43-1b7c6c0e1d2f',
  startsAt: '2026-03-01T09:00:00.000Z',
  endsAt: '2026-03-05T17:00:00.000Z',
  deliveryMode: 'online',
  language: 'en',
  capacity: 25,
};

describe('validation messages', () => {
  it('reports only the type error of a field of the wrong type, not its contradictory range rules', async () => {
    expect(await messageFor(CohortCreateDto, { ...cohort, capacity: '25' })).toBe(
      'capacity: must be an integer number',
    );
    expect(await messageFor(CohortCreateDto, { ...cohort, capacity: 1.5 })).toBe('capacity: must be an integer number');
    expect(await messageFor(CohortCreateDto, { ...cohort, city: 42 })).toBe('city: must be a string');
    expect(
      await messageFor(UserCreateDto, { email: 'a@example.test', displayName: 'A', role: 'admin', password: 7 }),
    ).toBe('password: must be a string');
    expect(await messageFor(PageQueryDto, { pageSize: 'many' }, 'query')).toBe('pageSize: must be an integer number');
  });

  it('still reports every rule a value of the right type breaks', async () => {
    expect(await messageFor(CohortCreateDto, { ...cohort, capacity: 0 })).toBe('capacity: must not be less than 1');
    expect(
      await messageFor(UserCreateDto, { email: 'a@example.test', displayName: '', role: 'admin', password: 'short' }),
    ).toBe(
      'displayName: must be longer than or equal to 1 characters; password: must be longer than or equal to 12 characters',
    );
  });
});
