import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, ValidateNested } from 'class-validator';
import { inputProblems, MAX_INPUT_PROBLEMS, MAX_UNDECLARED_ARRAY_LENGTH } from './input-bounds';
import { capErrorLines, MAX_ERROR_CHARS, MAX_ERROR_LINES } from './validation.pipe';

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
