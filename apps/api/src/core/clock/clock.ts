import { Injectable } from '@nestjs/common';

/**
 * How far the application's clock stands from the machine's: 0, or — for demos and tests that must not
 * depend on today's date — the distance to the instant `CLOCK_NOW` names (ISO 8601), taken when the
 * process starts; from there the clock moves on in real time. The seed and every server process of one
 * run read the same `CLOCK_NOW`, so seeded dates and the servers agree. Refused in production (config).
 */
export function clockOffsetMs(raw: string | undefined = process.env.CLOCK_NOW, realNow = Date.now()): number {
  if (!raw) return 0;
  const at = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at)) {
    throw new Error(`CLOCK_NOW: must be an ISO 8601 instant such as 2027-07-31T09:00:00Z, got "${raw}"`);
  }
  return at - realNow;
}

const OFFSET_MS = clockOffsetMs();

/** The application's time, for code outside dependency injection (seeds, command-line tools). */
export function appNow(): Date {
  return new Date(Date.now() + OFFSET_MS);
}

/** The time, injectable so tests can control it where time matters (expiry, reminders). */
@Injectable()
export class Clock {
  now(): Date {
    return appNow();
  }
}
