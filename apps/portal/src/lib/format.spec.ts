import { formatCountry, formatDate, formatDateTime, formatNumber } from './format';
import { pageCount, parsePage } from './pagination';

describe('format', () => {
  it('formats numbers for the language', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'de')).toBe('1.234.567');
  });

  it('formats dates for the language and ignores invalid ones', () => {
    expect(formatDate('2024-03-05T12:00:00Z', 'en')).toBe('Mar 5, 2024');
    expect(formatDateTime('2024-03-05T12:00:00Z', 'en')).toContain('2024');
    expect(formatDate('not a date', 'en')).toBe('');
  });

  it('names countries in the language, falling back to the given name', () => {
    expect(formatCountry('UA', 'en')).toBe('Ukraine');
    expect(formatCountry('ua', 'fr')).toBe('Ukraine');
    expect(formatCountry('DE', 'de')).toBe('Deutschland');
    expect(formatCountry('AA', 'en', 'Nowhere')).toBe('Nowhere');
  });
});

describe('pagination', () => {
  it.each([
    [null, 1],
    ['', 1],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['abc', 1],
    ['7', 7],
  ])('reads page %p as %p', (value, page) => {
    expect(parsePage(value)).toBe(page);
  });

  it('counts pages, with at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});
