import { addMonths, isMonth, lastMonths, monthCount, monthOf, presetOf } from './period';

const now = new Date(Date.UTC(2026, 2, 15, 12)); // 15 March 2026

describe('period', () => {
  it('reads only YYYY-MM months', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-3')).toBe(false);
    expect(isMonth(undefined)).toBe(false);
  });

  it('moves across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -23)).toBe('2024-04');
  });

  it('gives the last n months up to this one, in UTC', () => {
    expect(lastMonths(12, now)).toEqual({ from: '2025-04', to: '2026-03' });
    expect(lastMonths(24, now)).toEqual({ from: '2024-04', to: '2026-03' });
    expect(monthOf(new Date(Date.UTC(2026, 0, 31, 23, 59)))).toBe('2026-01');
  });

  it('counts the months of a period, both ends included', () => {
    expect(monthCount(lastMonths(12, now))).toBe(12);
    expect(monthCount({ from: '2026-03', to: '2026-03' })).toBe(1);
    expect(monthCount({ from: '2026-04', to: '2026-03' })).toBe(0);
  });

  it('recognises a preset', () => {
    expect(presetOf(lastMonths(24, now), [12, 24], now)).toBe(24);
    expect(presetOf({ from: '2025-01', to: '2025-12' }, [12, 24], now)).toBeUndefined();
  });
});
