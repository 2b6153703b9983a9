import type { EntityManager } from 'typeorm';
import type { NotificationDelivery, NotificationKind, NotificationObjectType } from '@icspa/domain';
import type { CalendarEvent, CalendarMethod } from '../../core/calendar/ics';
import { selectOne, selectPrepared } from '../../core/database/sql';

export type NotificationParams = Record<string, string | number | null>;

/** Dates and numbers in the recipient's language and time zone (Intl), for e-mails. */
export interface RecipientFormat {
  locale: string;
  timeZone: string;
  date(iso: string): string;
  dateTime(iso: string): string;
  /** Whole days from now in words, with the language's plural rules ("in 30 days", "через 30 дней"). */
  relativeDays(days: number): string;
}

/** Formats made so far, per language and time zone: Intl's formatters are costly to make and hold no state. */
const formats = new Map<string, RecipientFormat>();
const MAX_FORMATS = 500;

export function recipientFormat(locale: string, timeZone: string): RecipientFormat {
  const key = `${locale}\u0000${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = makeRecipientFormat(locale, timeZone);
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, format);
  }
  return format;
}

function makeRecipientFormat(locale: string, timeZone: string): RecipientFormat {
  const valid = (() => {
    try {
      new Intl.DateTimeFormat(locale, { timeZone });
      return timeZone;
    } catch {
      return 'UTC';
    }
  })();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: valid });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: valid });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return {
    locale,
    timeZone: valid,
    date: (iso) => date.format(new Date(iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    relativeDays: (days) => relative.format(days, 'day'),
  };
}

/** A calendar attachment of one e-mail. */
export interface CalendarAttachment {
  method: CalendarMethod;
  events: CalendarEvent[];
  filename: string;
}

/** Further links an e-mail offers besides "open in the portal" (accept and decline a proposal). */
export interface MailAction {
  /** Key under `email.actions`. */
  label: 'accept' | 'decline' | 'open';
  path: string;
}

/**
 * What one kind of notification is and how it goes out. A new kind (the sessions' changes, say) is one
 * entry here, one in NOTIFICATION_KINDS, its text in `notifications.kinds.<camel>`, its subject in
 * `email.subjects.<camel>` and its label in `notificationPreferences.kinds.<camel>` of all six locales.
 */
export interface NotificationKindSpec {
  /** How it goes out when the user chose nothing. */
  defaultDelivery: NotificationDelivery;
  /** What it is about: the bell links there, acting on it marks the notification read. */
  object(params: NotificationParams): { type: NotificationObjectType; id: string } | null;
  /** The portal page it opens (a path under PUBLIC_URL). */
  link(params: NotificationParams): string;
  /** Extra actions in the e-mail (accept / decline links that open the portal). */
  actions?(params: NotificationParams): MailAction[];
  /** An `.ics` the e-mail carries, built in the writing transaction. */
  calendar?(
    manager: EntityManager,
    params: NotificationParams,
    context: { publicUrl: string; organizer: { name: string; email: string } },
  ): Promise<CalendarAttachment | null>;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const q = encodeURIComponent;

const objectOf =
  (type: NotificationObjectType, param: string) =>
  (params: NotificationParams): { type: NotificationObjectType; id: string } | null => {
    const id = str(params[param]);
    return id ? { type, id } : null;
  };

const learning = () => '/learning';
const certifications = () => '/certifications';
const trainingRequest = (params: NotificationParams) =>
  str(params.trainingRequestId) ? `/training-requests/${q(String(params.trainingRequestId))}` : '/training-requests';

/** The `.ics` of a proposed assignment: its period, tentative until the trainer answers. */
async function proposalCalendar(
  manager: EntityManager,
  params: NotificationParams,
  context: { publicUrl: string; organizer: { name: string; email: string } },
): Promise<CalendarAttachment | null> {
  const id = str(params.assignmentId);
  if (!id) return null;
  // A named prepared statement: every proposal's e-mail runs it.
  const [row] = await selectPrepared<{
    id: string;
    starts_at: Date;
    ends_at: Date;
    course_title: string;
    unit_name: string;
    city: string;
    country_code: string;
  }>(
    manager,
    `SELECT a.id, lower(a.period) AS starts_at, upper(a.period) AS ends_at, c.title AS course_title,
            u.name AS unit_name, u.city, u.country_code
       FROM assignment a JOIN training_request r ON r.id = a.training_request_id
       JOIN course c ON c.id = r.course_id JOIN police_unit u ON u.id = r.police_unit_id
      WHERE a.id = $1`,
    [id],
  );
  if (!row) return null;
  return {
    method: 'PUBLISH',
    filename: 'proposal.ics',
    events: [
      {
        uid: `assignment-${row.id}@icspa.academy`,
        sequence: 0,
        start: row.starts_at,
        end: row.ends_at,
        timeZone: 'UTC',
        summary: row.course_title,
        location: `${row.unit_name}, ${row.city} (${row.country_code})`,
        url: `${context.publicUrl}/proposals?assignment=${q(row.id)}`,
        tentative: true,
        organizer: context.organizer,
      },
    ],
  };
}

/**
 * The `.ics` of a changed or cancelled training session: the session's stable UID and SEQUENCE, at its venue's
 * zone (REQUEST updates the event in the officer's calendar, CANCEL removes it). The same UID as the feed's.
 */
function sessionCalendar(method: 'REQUEST' | 'CANCEL') {
  return async (
    manager: EntityManager,
    params: NotificationParams,
    context: { publicUrl: string; organizer: { name: string; email: string } },
  ): Promise<CalendarAttachment | null> => {
    const id = str(params.trainingSessionId);
    if (!id) return null;
    const row = await selectOne<{
      id: string;
      starts_at: Date;
      ends_at: Date;
      time_zone: string;
      sequence: number;
      venue_name: string | null;
      venue_address: string | null;
      online_url: string | null;
      course_title: string;
    }>(
      manager,
      `SELECT ts.id, ts.starts_at, ts.ends_at, ts.time_zone, ts.sequence, ts.venue_name, ts.venue_address, ts.online_url,
              c.title AS course_title
         FROM training_session ts JOIN cohort co ON co.id = ts.cohort_id JOIN course c ON c.id = co.course_id
        WHERE ts.id = $1`,
      [id],
    );
    if (!row) return null;
    return {
      method,
      filename: method === 'CANCEL' ? 'session-cancelled.ics' : 'session.ics',
      events: [
        {
          uid: `training-session-${row.id}@icspa.academy`,
          sequence: row.sequence,
          start: row.starts_at,
          end: row.ends_at,
          timeZone: row.time_zone,
          summary: row.course_title,
          location: [row.venue_name, row.venue_address].filter(Boolean).join(', ') || null,
          url: row.online_url ?? `${context.publicUrl}/calendar`,
          organizer: context.organizer,
        },
      ],
    };
  };
}

export const NOTIFICATION_KIND_SPECS: Record<NotificationKind, NotificationKindSpec> = {
  'enrolment.promoted': {
    defaultDelivery: 'email',
    object: (p) => objectOf('enrolment', 'enrolmentId')(p) ?? objectOf('cohort', 'cohortId')(p),
    link: learning,
  },
  'enrolment.nominated': { defaultDelivery: 'email', object: objectOf('cohort', 'cohortId'), link: learning },
  'enrolment.approved': { defaultDelivery: 'email', object: objectOf('cohort', 'cohortId'), link: learning },
  'enrolment.withdrawn_by_coordinator': {
    defaultDelivery: 'email',
    object: objectOf('cohort', 'cohortId'),
    link: learning,
  },
  'cohort.cancelled': { defaultDelivery: 'email', object: objectOf('cohort', 'cohortId'), link: learning },
  'cohort.changed': { defaultDelivery: 'email', object: objectOf('cohort', 'cohortId'), link: learning },
  'cohort.message': { defaultDelivery: 'email', object: objectOf('cohort', 'cohortId'), link: learning },
  'training_session.changed': {
    defaultDelivery: 'email',
    object: objectOf('training_session', 'trainingSessionId'),
    link: () => '/calendar',
    calendar: sessionCalendar('REQUEST'),
  },
  'training_session.cancelled': {
    defaultDelivery: 'email',
    object: objectOf('training_session', 'trainingSessionId'),
    link: () => '/calendar',
    calendar: sessionCalendar('CANCEL'),
  },
  'assignment.proposed': {
    defaultDelivery: 'email',
    object: objectOf('assignment', 'assignmentId'),
    link: (p) => (str(p.assignmentId) ? `/proposals?assignment=${q(String(p.assignmentId))}` : '/proposals'),
    actions: (p) =>
      str(p.assignmentId)
        ? (['accept', 'decline'] as const).map((answer) => ({
            label: answer,
            path: `/proposals?assignment=${q(String(p.assignmentId))}&answer=${answer}`,
          }))
        : [],
    calendar: proposalCalendar,
  },
  'assignment.withdrawn': {
    defaultDelivery: 'email',
    object: objectOf('training_request', 'trainingRequestId'),
    link: trainingRequest,
  },
  'training_request.assigned': {
    defaultDelivery: 'email',
    object: objectOf('training_request', 'trainingRequestId'),
    link: trainingRequest,
  },
  'training_request.unfilled': {
    defaultDelivery: 'email',
    object: objectOf('training_request', 'trainingRequestId'),
    link: trainingRequest,
  },
  'training_request.cancelled': {
    defaultDelivery: 'email',
    object: objectOf('training_request', 'trainingRequestId'),
    link: trainingRequest,
  },
  'trainer_booking.released': { defaultDelivery: 'in_app', object: () => null, link: () => '/training-requests' },
  'local_trainer.lapsed': { defaultDelivery: 'email', object: () => null, link: () => '/trainers' },
  'privacy.erasure_requested': {
    defaultDelivery: 'email',
    object: () => null,
    link: (params) => `/officers/${q(String(params.officerId ?? ''))}/training-record`,
  },
  'privacy.retention_applied': {
    defaultDelivery: 'email',
    object: () => null,
    link: () => '/admin/audit-log?action=privacy.retention_run',
  },
  'certification.issued': {
    defaultDelivery: 'email',
    object: objectOf('certification', 'certificationId'),
    link: certifications,
  },
  'certification.expiring': {
    defaultDelivery: 'email',
    object: objectOf('certification', 'certificationId'),
    link: certifications,
  },
  'certification.expired': {
    defaultDelivery: 'email',
    object: objectOf('certification', 'certificationId'),
    link: certifications,
  },
  'certification.revoked': {
    defaultDelivery: 'email',
    object: objectOf('certification', 'certificationId'),
    link: certifications,
  },
};

/** `training_request.assigned` → `trainingRequestAssigned`: the kind's key in the locale files. */
export function kindKey(kind: string): string {
  return kind
    .split(/[._]/)
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

/** The values `notifications.kinds.*` interpolate, as the portal's bell computes them (notification-text.ts). */
export function messageValues(
  params: NotificationParams,
  format: RecipientFormat,
  status: (status: string) => string,
): Record<string, string> {
  const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  return {
    course: text(params.courseTitle),
    startsAt: str(params.startsAt) ? format.date(String(params.startsAt)) : '',
    status: str(params.status) ? status(String(params.status)) : '',
    programme: text(params.programmeName),
    expiresIn: typeof params.days === 'number' && Number.isFinite(params.days) ? format.relativeDays(params.days) : '',
    expiresAt: str(params.expiresAt) ? format.date(String(params.expiresAt)) : '',
    reason: text(params.reason),
    trainer: text(params.trainerName),
    subject: text(params.subject),
    message: text(params.body),
    count: text(params.count),
    countries: text(params.countries),
    failed: text(params.failed),
    // i18next's context: a retention run some officers could not be erased in reads `…_failures`.
    context: typeof params.failed === 'number' && params.failed > 0 ? 'failures' : '',
  };
}
