import { MAX_JSON_DEPTH, tooDeepField } from './json-body';

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
