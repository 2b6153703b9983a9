/** How long a trainer has left to answer a proposal. */
export type TimeLeft = { lapsed: true } | { lapsed: false; value: number; unit: 'minute' | 'hour' | 'day' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The time left until `expiresAt`, in the largest unit that still reads well: minutes under an hour
 * (rounded up, so "in 1 minute" until the very end), hours under two days, then days (rounded down, so
 * it never promises more time than there is).
 */
export function timeLeft(expiresAt: string, now: Date): TimeLeft {
  const ms = new Date(expiresAt).getTime() - now.getTime();
  if (Number.isNaN(ms) || ms <= 0) return { lapsed: true };
  if (ms < HOUR) return { lapsed: false, value: Math.ceil(ms / MINUTE), unit: 'minute' };
  if (ms < 2 * DAY) return { lapsed: false, value: Math.floor(ms / HOUR), unit: 'hour' };
  return { lapsed: false, value: Math.floor(ms / DAY), unit: 'day' };
}

/** "in 3 hours" in the portal's language; empty once lapsed (the caller says so in words). */
export function formatTimeLeft(left: TimeLeft, language: string): string {
  if (left.lapsed) return '';
  return new Intl.RelativeTimeFormat(language, { numeric: 'always' }).format(left.value, left.unit);
}

/** Under a day left: the answer is urgent. */
export function isUrgent(left: TimeLeft): boolean {
  return left.lapsed || left.unit !== 'day';
}
