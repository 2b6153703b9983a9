import { compareSortValues, sortRows } from './sort';

describe('compareSortValues', () => {
  it('orders numbers and text both ways', () => {
    expect(compareSortValues(1, 2, 'ascending')).toBeLessThan(0);
    expect(compareSortValues(1, 2, 'descending')).toBeGreaterThan(0);
    expect(compareSortValues('b', 'a', 'ascending')).toBeGreaterThan(0);
  });

  it('puts empty values last in either direction', () => {
    expect(compareSortValues(null, 0, 'ascending')).toBeGreaterThan(0);
    expect(compareSortValues(null, 0, 'descending')).toBeGreaterThan(0);
    expect(compareSortValues(5, undefined, 'descending')).toBeLessThan(0);
    expect(compareSortValues(Number.NaN, 3, 'ascending')).toBeGreaterThan(0);
    expect(compareSortValues(null, undefined, 'ascending')).toBe(0);
  });
});

describe('sortRows', () => {
  const rows = [
    { name: 'Österreich', n: 3 },
    { name: 'Brasil', n: null },
    { name: 'angola', n: 10 },
    { name: 'Chile', n: 3 },
  ];

  it('sorts numbers, keeping equal rows in their order and empty ones last', () => {
    expect(sortRows(rows, (r) => r.n, 'ascending').map((r) => r.name)).toEqual([
      'Österreich',
      'Chile',
      'angola',
      'Brasil',
    ]);
    expect(sortRows(rows, (r) => r.n, 'descending').map((r) => r.name)).toEqual([
      'angola',
      'Österreich',
      'Chile',
      'Brasil',
    ]);
  });

  it('sorts text by the language’s collation, ignoring case and accents', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending', 'en').map((r) => r.name)).toEqual([
      'angola',
      'Brasil',
      'Chile',
      'Österreich',
    ]);
  });

  it('leaves the input untouched', () => {
    const before = rows.map((r) => r.name);
    sortRows(rows, (r) => r.name, 'descending', 'en');
    expect(rows.map((r) => r.name)).toEqual(before);
  });
});
