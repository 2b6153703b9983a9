/** Periods of whole calendar months, as `YYYY-MM` in UTC like the API's. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

function monthIndex(month: string): number {
  const [, y, m] = MONTH.exec(month)!;
  return Number(y) * 12 + Number(m) - 1;
}

function fromIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month of a time, in UTC. */
export function monthOf(date: Date): string {
  return fromIndex(date.getUTCFullYear() * 12 + date.getUTCMonth());
}

/** `month` moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  return fromIndex(monthIndex(month) + delta);
}

export interface Period {
  from: string;
  to: string;
}

/** The last `count` months up to and including this one ("last 12 months"), as the API's default. */
export function lastMonths(count: number, now: Date = new Date()): Period {
  const to = monthOf(now);
  return { from: addMonths(to, -(count - 1)), to };
}

/** How many months from..to holds, both included (0 when `to` is before `from`). */
export function monthCount(period: Period): number {
  return Math.max(0, monthIndex(period.to) - monthIndex(period.from) + 1);
}

/** Which preset a period is, if any (the filter marks its button as pressed). */
export function presetOf(period: Period, presets: readonly number[], now: Date = new Date()): number | undefined {
  return presets.find((n) => {
    const p = lastMonths(n, now);
    return p.from === period.from && p.to === period.to;
  });
}
