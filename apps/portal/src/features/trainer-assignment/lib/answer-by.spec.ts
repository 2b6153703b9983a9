import { formatTimeLeft, isUrgent, timeLeft } from './answer-by';

const NOW = new Date('2026-03-05T12:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

describe('answer by', () => {
  it('counts minutes under an hour, rounding up', () => {
    expect(timeLeft(at(90_000), NOW)).toEqual({ lapsed: false, value: 2, unit: 'minute' });
    expect(timeLeft(at(1), NOW)).toEqual({ lapsed: false, value: 1, unit: 'minute' });
  });

  it('counts hours under two days and days after, rounding down', () => {
    expect(timeLeft(at(3.5 * 3600_000), NOW)).toEqual({ lapsed: false, value: 3, unit: 'hour' });
    expect(timeLeft(at(47 * 3600_000), NOW)).toEqual({ lapsed: false, value: 47, unit: 'hour' });
    expect(timeLeft(at(2.9 * 86400_000), NOW)).toEqual({ lapsed: false, value: 2, unit: 'day' });
  });

  it('has lapsed at the deadline, after it, and for an unreadable time', () => {
    expect(timeLeft(at(0), NOW)).toEqual({ lapsed: true });
    expect(timeLeft(at(-5000), NOW)).toEqual({ lapsed: true });
    expect(timeLeft('soon', NOW)).toEqual({ lapsed: true });
  });

  it('says it in the language', () => {
    expect(formatTimeLeft({ lapsed: false, value: 3, unit: 'hour' }, 'en')).toBe('in 3 hours');
    expect(formatTimeLeft({ lapsed: false, value: 1, unit: 'minute' }, 'en')).toBe('in 1 minute');
    expect(formatTimeLeft({ lapsed: false, value: 2, unit: 'day' }, 'de')).toBe('in 2 Tagen');
    expect(formatTimeLeft({ lapsed: true }, 'en')).toBe('');
  });

  it('calls anything under a day urgent', () => {
    expect(isUrgent(timeLeft(at(5 * 3600_000), NOW))).toBe(true);
    expect(isUrgent(timeLeft(at(3 * 86400_000), NOW))).toBe(false);
    expect(isUrgent({ lapsed: true })).toBe(true);
  });
});
