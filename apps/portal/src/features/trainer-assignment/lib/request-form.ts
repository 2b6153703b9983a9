import type { DeliveryMode } from '@icspa/domain';
import { parseWholeNumber } from '@/lib/form-values';

/** The "Raise a request" form's state, as its inputs hold it. */
export interface RequestFormValues {
  courseId: string;
  language: string;
  /** `<input type="date">` values (YYYY-MM-DD): the first and the last day of training */
  startDate: string;
  endDate: string;
  deliveryMode: DeliveryMode;
  seats: string;
}

export function requestFormValues(defaults: { courseId?: string } = {}): RequestFormValues {
  return {
    courseId: defaults.courseId ?? '',
    language: '',
    startDate: '',
    endDate: '',
    deliveryMode: 'in_person',
    seats: '12',
  };
}

/** The language to keep when the course changes: the same if the new course is taught in it, else its first. */
export function languageForCourse(current: string, languages: readonly string[] | undefined): string {
  if (!languages || languages.length === 0) return '';
  return languages.includes(current) ? current : languages[0];
}

/**
 * Training days run from 09:00 to 17:00 in the coordinator's time zone: a request from the 5th to the
 * 9th covers those days and no more (a cohort scheduled from it shows the same dates), and a one-day
 * request is a valid period.
 */
export const TRAINING_DAY = { startHour: 9, endHour: 17 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date input's value at an hour of that day, in the browser's time zone, as an ISO instant; undefined when unreadable. */
export function dayAt(date: string, hour: number): string | undefined {
  const match = DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(year, month - 1, day, hour);
  if (Number.isNaN(d.getTime()) || d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day)
    return undefined;
  return d.toISOString();
}

/** Today as a date input's value, the earliest day a request may start (the API wants a future start). */
export function dateInputValue(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface TrainingRequestCreateBody {
  courseId: string;
  language: string;
  startsAt: string;
  endsAt: string;
  deliveryMode: DeliveryMode;
  seats: number;
}

/** The body of `POST /api/training-requests`. Unreadable dates and numbers go as they are, for the API to name the field. */
export function trainingRequestBody(values: RequestFormValues): TrainingRequestCreateBody {
  return {
    courseId: values.courseId,
    language: values.language,
    startsAt: dayAt(values.startDate, TRAINING_DAY.startHour) ?? values.startDate,
    endsAt: dayAt(values.endDate, TRAINING_DAY.endHour) ?? values.endDate,
    deliveryMode: values.deliveryMode,
    seats: parseWholeNumber(values.seats) ?? Number.NaN,
  };
}
