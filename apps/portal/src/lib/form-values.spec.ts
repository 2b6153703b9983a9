import { fromDateTimeLocal, listText, moveItem, parseList, parseWholeNumber, toDateTimeLocal } from './form-values';

describe('form values', () => {
  it('reads comma-separated tags', () => {
    expect(parseList(' osint, e-evidence ,, osint,dark-web ')).toEqual(['osint', 'e-evidence', 'dark-web']);
    expect(parseList('')).toEqual([]);
    expect(listText(['en', 'uk'])).toBe('en, uk');
  });

  it('reads whole numbers only', () => {
    expect(parseWholeNumber(' 12 ')).toBe(12);
    expect(parseWholeNumber('0')).toBe(0);
    expect(parseWholeNumber('')).toBeUndefined();
    expect(parseWholeNumber('1.5')).toBeUndefined();
    expect(parseWholeNumber('1e3')).toBeUndefined();
    expect(parseWholeNumber('99999999999999999999')).toBeUndefined();
  });

  it('round-trips instants through datetime-local values in the local time zone', () => {
    const iso = '2025-06-02T07:30:00.000Z';
    const local = toDateTimeLocal(iso);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromDateTimeLocal(local)).toBe(iso);
    expect(toDateTimeLocal(null)).toBe('');
    expect(toDateTimeLocal('not a date')).toBe('');
    expect(fromDateTimeLocal('')).toBeUndefined();
    expect(fromDateTimeLocal('2025-13-45T99:00')).toBeUndefined();
  });

  it('moves an item up or down, and not out of the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    const original = ['a', 'b'];
    moveItem(original, 0, 1);
    expect(original).toEqual(['a', 'b']);
  });
});
