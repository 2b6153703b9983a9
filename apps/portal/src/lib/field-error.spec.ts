import { ApiError } from './api-client';
import { fieldErrorOf, fieldErrorsOf, isFieldAt } from './field-error';

describe('fieldErrorOf', () => {
  it('reads the fields of coded problems, each of several', () => {
    const error = new ApiError(400, 'title: must be a string; topics.0: each must be a topic tag', 'Bad Request', {
      code: 'validation.isString',
      field: 'title',
      errors: [
        { code: 'validation.isString', field: 'title', message: 'title: must be a string' },
        { code: 'validation.each.format.topic_tag', field: 'topics.0', message: 'topics.0: each must be a topic tag' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual([
      { field: 'title', problem: 'must be a string' },
      { field: 'topics.0', problem: 'each must be a topic tag' },
    ]);
    const conflict = new ApiError(409, 'email or password: not recognised', 'Conflict', {
      code: 'auth.credentials_not_recognised',
    });
    expect(fieldErrorsOf(conflict)).toEqual([]);
  });

  it('reads the field and the problem of a 400', () => {
    expect(fieldErrorOf(new ApiError(400, 'email: must be an email'))).toEqual({
      field: 'email',
      problem: 'must be an email',
    });
    expect(fieldErrorOf(new ApiError(400, 'answers.optionIds: not an option of question 7'))).toEqual({
      field: 'answers.optionIds',
      problem: 'not an option of question 7',
    });
    expect(fieldErrorOf(new ApiError(400, 'topics.0: each must be a topic tag'))?.field).toBe('topics.0');
  });

  it('reads conflicts that name a field too', () => {
    expect(fieldErrorOf(new ApiError(409, 'code: a course with this code exists'))).toEqual({
      field: 'code',
      problem: 'a course with this code exists',
    });
  });

  it('ignores messages without a field, other statuses and other errors', () => {
    expect(fieldErrorOf(new ApiError(400, 'Bad things happened'))).toBeUndefined();
    expect(fieldErrorOf(new ApiError(403, 'status: nope'))).toBeUndefined();
    expect(fieldErrorOf(new Error('title: x'))).toBeUndefined();
    expect(fieldErrorOf(undefined)).toBeUndefined();
  });
});

describe('fieldErrorsOf', () => {
  it('reads every field of a message that names several', () => {
    expect(
      fieldErrorsOf(
        new ApiError(
          400,
          'code: must look like DF-201; languages.1: each must be a BCP 47 language tag such as en or pt-BR',
        ),
      ),
    ).toEqual([
      { field: 'code', problem: 'must look like DF-201' },
      { field: 'languages.1', problem: 'each must be a BCP 47 language tag such as en or pt-BR' },
    ]);
  });

  it('keeps a semicolon that is part of a problem', () => {
    expect(fieldErrorsOf(new ApiError(400, 'summary: too long; shorten it'))).toEqual([
      { field: 'summary', problem: 'too long; shorten it' },
    ]);
  });

  it('is empty when no field is named', () => {
    expect(fieldErrorsOf(new ApiError(400, 'Invalid JSON'))).toEqual([]);
  });
});

describe('isFieldAt', () => {
  it('matches the field and what is inside it, not fields that merely start alike', () => {
    expect(isFieldAt('title', 'title')).toBe(true);
    expect(isFieldAt('topics.0', 'topics')).toBe(true);
    expect(isFieldAt('options[1]', 'options')).toBe(true);
    expect(isFieldAt('titleShort', 'title')).toBe(false);
    expect(isFieldAt(undefined, 'title')).toBe(false);
  });
});
