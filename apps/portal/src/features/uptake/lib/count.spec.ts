import { sortRows } from '@/lib/sort';
import { countText, countValue, isSuppressed } from './count';

describe('counts with "<5"', () => {
  it('puts "<5" between 0 and 5', () => {
    expect(countValue('<5')).toBeGreaterThan(0);
    expect(countValue('<5')).toBeLessThan(5);
    expect(countValue(0)).toBe(0);
    expect(countValue(12)).toBe(12);
    expect(countValue(null)).toBeNull();
    expect(countValue('n/a')).toBeNull();
  });

  it('sorts "<5" after 0 and before 5, both ways', () => {
    const rows = [{ c: 7 }, { c: '<5' as const }, { c: 0 }, { c: 5 }, { c: '<5' as const }, { c: 1 }];
    expect(sortRows(rows, (r) => countValue(r.c), 'ascending').map((r) => r.c)).toEqual([0, 1, '<5', '<5', 5, 7]);
    expect(sortRows(rows, (r) => countValue(r.c), 'descending').map((r) => r.c)).toEqual([7, 5, '<5', '<5', 1, 0]);
  });

  it('shows "<5" as it is and numbers formatted', () => {
    const format = (n: number) => new Intl.NumberFormat('de').format(n);
    expect(countText('<5', format)).toBe('<5');
    expect(countText(12345, format)).toBe('12.345');
    expect(countText(0, format)).toBe('0');
    expect(isSuppressed('<5')).toBe(true);
    expect(isSuppressed(3)).toBe(false);
  });
});
