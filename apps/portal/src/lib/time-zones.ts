/**
 * Times of day in a named IANA time zone, through `Intl` only (no arithmetic of our own): a training
 * session is shown at the venue's time with the viewer's beside it ("09:00 Kyiv (08:00 your time)").
 */

/** The browser's own time zone (the default of a user who has not chosen one). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The time zones this browser knows, for a picker (the user's current one first if it is missing). */
export function knownTimeZones(current?: string | null): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const all = supported.length > 0 ? supported : ['UTC'];
  return current && !all.includes(current) ? [current, ...all] : all;
}

/** The place an IANA name stands for, as people say it: `Europe/Kyiv` → "Kyiv", `America/Sao_Paulo` → "Sao Paulo". */
export function zonePlace(timeZone: string): string {
  const last = timeZone.split('/').at(-1) ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** Hours and minutes of an instant in a time zone, in the portal's language (09:00, 9:00 AM…). */
export function formatTimeIn(value: string | Date, timeZone: string, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone }).format(date);
}

/** The date of an instant in a time zone (weekday and day), in the portal's language. */
export function formatDayIn(value: string | Date, timeZone: string, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(date);
}

/** Whether two zones show the same time of day at this instant (then one time is enough). */
export function sameWallClock(value: string | Date, a: string, b: string): boolean {
  return (
    formatTimeIn(value, a, 'en') === formatTimeIn(value, b, 'en') &&
    formatDayIn(value, a, 'en') === formatDayIn(value, b, 'en')
  );
}
