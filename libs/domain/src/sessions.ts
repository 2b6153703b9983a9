/**
 * Training sessions (the days and places a cohort meets) and attendance at them. `session` stays the
 * sign-in; a cohort has one or more training sessions, and its dates are the first start and last end.
 */
export const TRAINING_SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type TrainingSessionStatus = (typeof TRAINING_SESSION_STATUSES)[number];

/** How an officer attended one session: present and late count as attended; excused sessions are left out. */
export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** The share of sessions a course asks for when nothing else is set (in person and blended runs). */
export const DEFAULT_MIN_ATTENDANCE_PERCENT = 80;

/**
 * Attendance as a whole percentage of the run's scheduled sessions: present or late count, excused ones
 * are taken out of the count, unmarked and absent ones count against it. No session left to count: 100.
 */
export function attendancePercent(statuses: Array<AttendanceStatus | null>): number {
  const counted = statuses.filter((s) => s !== 'excused');
  if (counted.length === 0) return 100;
  const attended = counted.filter((s) => s === 'present' || s === 'late').length;
  return Math.floor((attended * 100) / counted.length);
}

/**
 * Whether a name is a canonical IANA time zone this runtime knows: `Area/Location` (or `UTC`). Intl also
 * accepts legacy names such as `CET`, `EST5EDT` or `GMT`, which calendar files cannot carry as a zone:
 * refused here, so every stored zone is one an `.ics` can name.
 */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  if (value !== 'UTC' && !value.includes('/')) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** What a calendar entry is about. */
export const CALENDAR_ENTRY_KINDS = [
  'training_session',
  'certification_expiry',
  'proposal_answer_by',
  'unavailability',
] as const;
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];

/**
 * The wall-clock reading of an instant in an IANA time zone, `YYYY-MM-DDTHH:mm` (Intl does the zone
 * arithmetic, daylight-saving changes included).
 */
export function wallClock(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
