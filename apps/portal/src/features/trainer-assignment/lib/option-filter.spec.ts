import { filterOptions } from './option-filter';

const countries = [
  { value: 'CI', label: 'Côte d’Ivoire' },
  { value: 'TR', label: 'Türkiye' },
  { value: 'UA', label: 'Ukraine' },
  { value: 'GB', label: 'United Kingdom' },
];

describe('filterOptions', () => {
  it('finds by part of the name, ignoring case and accents', () => {
    expect(filterOptions(countries, 'cote').map((c) => c.value)).toEqual(['CI']);
    expect(filterOptions(countries, 'TURK').map((c) => c.value)).toEqual(['TR']);
    expect(filterOptions(countries, 'I').map((c) => c.value)).toEqual(['CI', 'TR', 'UA', 'GB']);
  });

  it('finds by the whole code', () => {
    expect(filterOptions(countries, 'gb').map((c) => c.value)).toEqual(['GB']);
  });

  it('keeps everything for an empty query', () => {
    expect(filterOptions(countries, '  ')).toHaveLength(4);
  });
});
