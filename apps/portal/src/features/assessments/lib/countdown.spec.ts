import { countdownLevel, countdownParts, formatCountdown, remainingMs } from './countdown';

describe('countdown', () => {
  const deadline = '2025-01-01T10:00:00.000Z';
  const at = (iso: string) => new Date(iso).getTime();

  it('counts the time left to the deadline, never below zero', () => {
    expect(remainingMs(deadline, at('2025-01-01T09:58:30.000Z'))).toBe(90_000);
    expect(remainingMs(deadline, at('2025-01-01T10:00:05.000Z'))).toBe(0);
    expect(remainingMs('nonsense', 0)).toBe(0);
  });

  it('formats minutes and seconds, and hours when there are any', () => {
    expect(formatCountdown(245_000)).toBe('4:05');
    expect(formatCountdown(59_000)).toBe('0:59');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(3_600_000)).toBe('1:00:00');
  });

  it('rounds seconds up, reaching 0:00 only at the end', () => {
    expect(formatCountdown(500)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });

  it('grows more urgent at five minutes and one minute', () => {
    expect(countdownLevel(10 * 60_000)).toBe('plenty');
    expect(countdownLevel(5 * 60_000)).toBe('fiveMinutes');
    expect(countdownLevel(60_000)).toBe('oneMinute');
    expect(countdownLevel(1)).toBe('oneMinute');
    expect(countdownLevel(0)).toBe('over');
  });

  it('splits the time into minutes and seconds for speech', () => {
    expect(countdownParts(245_000)).toEqual({ minutes: 4, seconds: 5 });
    expect(countdownParts(3_723_000)).toEqual({ minutes: 62, seconds: 3 });
  });
});
