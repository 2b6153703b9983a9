import { alpha2ByNumeric, atlasCountries, codeOf } from './atlas';

describe('atlas', () => {
  it('maps ISO numeric ids to alpha-2, padding short ids', () => {
    const map = alpha2ByNumeric([
      ['UA', 'UKR', '804'],
      ['AF', 'AFG', '004'],
      ['br', 'BRA', '76'],
    ]);
    expect(codeOf('804', map)).toBe('UA');
    expect(codeOf('004', map)).toBe('AF');
    expect(codeOf(4, map)).toBe('AF');
    expect(codeOf('076', map)).toBe('BR');
    expect(codeOf(undefined, map)).toBe('');
    expect(codeOf('999', map)).toBe('');
  });

  it('gives every atlas shape with an ISO id a distinct alpha-2 code', () => {
    const countries = atlasCountries();
    const coded = countries.filter((c) => c.code);
    expect(countries.length).toBe(177);
    expect(new Set(coded.map((c) => c.code)).size).toBe(coded.length);
    for (const code of ['UA', 'BR', 'CN', 'RU', 'NG', 'IN', 'US', 'FR', 'AQ'])
      expect(coded.map((c) => c.code)).toContain(code);
    expect(countries.find((c) => c.name === 'Ukraine')?.code).toBe('UA');
    expect(countries.find((c) => c.name === 'Brazil')?.code).toBe('BR');
  });

  it('leaves only the shapes without an ISO code uncoded', () => {
    expect(
      atlasCountries()
        .filter((c) => !c.code)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
  });
});
