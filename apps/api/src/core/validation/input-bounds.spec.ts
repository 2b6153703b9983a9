import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  validateSync,
  ValidateNested,
} from 'class-validator';
import { inputProblems as problemsOf, MAX_INPUT_PROBLEMS, MAX_UNDECLARED_ARRAY_LENGTH } from './input-bounds';
import {
  capErrorLines,
  describeValidationErrors,
  MAX_ERROR_CHARS,
  MAX_ERROR_LINES,
  validationFailure,
} from './validation.pipe';

/** The problems' messages, as they read in a 400. */
const inputProblems = (...args: Parameters<typeof problemsOf>) => problemsOf(...args).map((p) => p.message);

class ItemDto {
  @IsArray()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  tags: string[];
}

class ListDto {
  @IsString()
  name: string;

  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ItemDto)
  items: ItemDto[];
}

describe('inputProblems', () => {
  it('refuses arrays longer than their @ArrayMaxSize without looking at their items', () => {
    expect(inputProblems({ items: new Array(100_000).fill({}) }, ListDto, '')).toEqual([
      'items: must contain no more than 5 elements',
    ]);
    expect(inputProblems({ items: [{ tags: ['a', 'b', 'c', 'd'] }] }, ListDto, '')).toEqual([
      'items.0.tags: must contain no more than 3 elements',
    ]);
  });

  it('refuses undeclared fields without looking inside them, and bounds arrays outside any DTO', () => {
    expect(inputProblems({ name: 'x', status: new Array(100_000).fill(0) }, ListDto, '')).toEqual([
      'status: is not allowed',
    ]);
    expect(inputProblems(new Array(MAX_UNDECLARED_ARRAY_LENGTH + 1).fill('a'), undefined, 'ids')).toEqual([
      `ids: must contain no more than ${MAX_UNDECLARED_ARRAY_LENGTH} elements`,
    ]);
  });

  it('refuses NUL characters in any string, naming the field', () => {
    expect(inputProblems({ name: 'a\u0000', items: [{ tags: ['ok', '\u0000'] }] }, ListDto, '')).toEqual([
      'name: must not contain NUL characters',
      'items.0.tags.1: must not contain NUL characters',
    ]);
    expect(inputProblems('\u0000', undefined, 'q')).toEqual(['q: must not contain NUL characters']);
    expect(inputProblems({ name: 'fine', items: [] }, ListDto, '')).toEqual([]);
  });

  it('stops after a few problems', () => {
    const body = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`f${i}`, 1]));
    expect(inputProblems(body, ListDto, '')).toHaveLength(MAX_INPUT_PROBLEMS);
  });
});

describe('capErrorLines', () => {
  it('keeps at most a few lines and characters', () => {
    const lines = capErrorLines(Array.from({ length: 20_000 }, (_, i) => `answers.${i}: must be an object`));
    expect(lines).toHaveLength(MAX_ERROR_LINES + 1);
    expect(lines[MAX_ERROR_LINES]).toMatch(/more problems/);
    expect(capErrorLines(['x'.repeat(100_000)]).join('; ').length).toBeLessThan(MAX_ERROR_CHARS + 100);
  });
});

describe('codes of validation problems', () => {
  class BoundsDto {
    @IsInt()
    @Min(1)
    @Max(1000)
    capacity: number;

    @IsString({ each: true })
    @MaxLength(40, { each: true })
    @Matches(/^[a-z]+$/, {
      each: true,
      message: 'each must be a topic tag',
      context: { code: 'validation.format.topic_tag' },
    })
    topics: string[];
  }

  const problems = (body: object) =>
    describeValidationErrors(validateSync(plainToInstance(BoundsDto, body), { forbidUnknownValues: true }));

  it('gives each class-validator constraint its code, the field path and the constraint’s values', () => {
    const found = problems({ capacity: 5000, topics: ['ok', 'x'.repeat(41), 'Bad'] });
    expect(found).toEqual(
      expect.arrayContaining([
        {
          code: 'validation.max',
          field: 'capacity',
          params: { max: 1000 },
          message: 'capacity: must not be greater than 1000',
        },
        expect.objectContaining({ code: 'validation.each.maxLength', field: 'topics', params: { max: 40 } }),
        expect.objectContaining({ code: 'validation.each.format.topic_tag', field: 'topics' }),
      ]),
    );
    expect(problems({ capacity: 0, topics: [] })[0]).toMatchObject({ code: 'validation.min', params: { min: 1 } });
    expect(problems({ capacity: 'x', topics: [] })).toEqual([
      { code: 'validation.isInt', field: 'capacity', message: 'capacity: must be an integer number' },
    ]);
  });

  it('codes the bounds checked before validation', () => {
    expect(problemsOf({ items: new Array(6).fill({}) }, ListDto, '')).toEqual([
      {
        code: 'validation.arrayMaxSize',
        field: 'items',
        params: { max: 5 },
        message: 'items: must contain no more than 5 elements',
      },
    ]);
    expect(problemsOf({ name: 'a\u0000', x: 1 }, ListDto, '').map((p) => [p.code, p.field])).toEqual([
      ['validation.not_allowed', 'x'],
      ['validation.nul_character', 'name'],
    ]);
  });

  it('names the first problem in code and field, and lists each when there are several', () => {
    const one = validationFailure([{ code: 'validation.isInt', field: 'a', message: 'a: must be an integer number' }]);
    expect(one.getResponse()).toEqual({
      code: 'validation.isInt',
      field: 'a',
      message: 'a: must be an integer number',
    });
    const many = Array.from({ length: 30 }, (_, i) => ({
      code: 'validation.isInt',
      field: `f${i}`,
      message: `f${i}: bad`,
    }));
    const body = validationFailure(many).getResponse() as {
      code: string;
      field: string;
      errors: unknown[];
      message: string;
    };
    expect(body).toMatchObject({ code: 'validation.isInt', field: 'f0' });
    expect(body.errors).toHaveLength(MAX_ERROR_LINES);
    expect(body.message).toMatch(/more problems$/);
  });
});
