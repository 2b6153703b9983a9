import { jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_ELEMENTS, tooDeepField } from './json-body';

describe('tooDeepField', () => {
  it('accepts ordinary bodies, whatever their strings hold', () => {
    expect(tooDeepField('{"answers":[{"questionId":"a","optionIds":["b"]}]}')).toBeUndefined();
    expect(tooDeepField(`{"name":"${'['.repeat(1000)}\\"{{{"}`)).toBeUndefined();
    expect(tooDeepField('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeUndefined();
  });

  it('names the top-level field that nests too deep, without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(tooDeepField(`{"title":"x","answers":${deep}}`)).toBe('answers');
    expect(tooDeepField(`{"a\\"b":{"c":${deep}}}`)).toBe('a"b');
    expect(tooDeepField(deep)).toBe('body');
    expect(tooDeepField(`["x",${deep}]`)).toBe('body');
  });
});

describe('jsonShapeProblem', () => {
  const many = (n: number, item = '{}') => `[${new Array(n).fill(item).join(',')}]`;

  it('accepts arrays and objects up to the limit, and ignores commas and brackets inside strings', () => {
    expect(jsonShapeProblem(`{"officerIds":${many(MAX_JSON_ELEMENTS, '"x"')}}`)).toBeUndefined();
    // At most 3 elements per array or object and 32 levels: commas and brackets in strings do not count.
    expect(
      jsonShapeProblem(`{"title":"${','.repeat(100_000)}","body":"${'[{'.repeat(1000)}\\""}`, 32, 3),
    ).toBeUndefined();
    expect(jsonShapeProblem(`{"a\\\\":"\\",[,,,]","b":${many(3)}}`, 32, 3)).toBeUndefined();
    expect(jsonShapeProblem(`{"a\\\\":"\\",[,,,]","b":${many(4)}}`, 32, 3)).toEqual({
      field: 'b',
      problem: 'elements',
    });
    expect(JSON.parse(`{"a\\\\":"\\",[,,,]"}`)).toEqual({ 'a\\': '",[,,,]' });
    expect(jsonShapeProblem(`{"a":"${'\\u0000'.repeat(100_000)}"}`)).toBeUndefined();
  });

  it('names the path to an array or object over the limit, before any of it is parsed', () => {
    expect(jsonShapeProblem(`{"answers":${many(MAX_JSON_ELEMENTS + 1)}}`)).toEqual({
      field: 'answers',
      problem: 'elements',
    });
    expect(
      jsonShapeProblem(`{"title":"x","answers":[{"questionId":"q","optionIds":${many(100_000, '"x"')}}]}`),
    ).toEqual({ field: 'answers.0.optionIds', problem: 'elements' });
    expect(jsonShapeProblem(`{"answers":[{},{},{"k":${many(5000, '0')}}]}`)).toEqual({
      field: 'answers.2.k',
      problem: 'elements',
    });
    const members = `{${Array.from({ length: MAX_JSON_ELEMENTS + 1 }, (_, i) => `"f${i}":1`).join(',')}}`;
    expect(jsonShapeProblem(`{"profile":${members}}`)).toEqual({ field: 'profile', problem: 'elements' });
    expect(jsonShapeProblem(many(100_000))).toEqual({ field: 'body', problem: 'elements' });
  });

  it('skips long numbers and runs of spaces, and still sees the structure after them', () => {
    expect(jsonShapeProblem(`{"seats":1${'0'.repeat(900_000)}}`)).toBeUndefined();
    expect(
      jsonShapeProblem(`{"a":${' '.repeat(1000)}1${'0'.repeat(1000)} , "b":${many(MAX_JSON_ELEMENTS + 1, '12345')}}`),
    ).toEqual({
      field: 'b',
      problem: 'elements',
    });
  });

  it('still names the top-level field of too deep a nesting', () => {
    expect(jsonShapeProblem(`{"a":1,"b":{"c":${'['.repeat(5000)}}}`)).toEqual({ field: 'b', problem: 'depth' });
  });
});
