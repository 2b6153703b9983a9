import { isTimeZone } from '@icspa/domain';
import { createEvents, type EventAttributes } from 'ics';

/**
 * iCalendar (RFC 5545 / iTIP RFC 5546) text for calendar invites, updates, cancellations and feeds, built
 * with the `ics` package. One place turns the platform's events into `.ics`, so the e-mails' attachments and
 * the per-user feed agree.
 *
 * - `REQUEST`: an invite or an update (same `uid`, higher `sequence`); `CANCEL`: the event is off (each
 *   event gets `STATUS:CANCELLED`); `PUBLISH`: a feed or a plain attachment that asks for no answer.
 * - Instants are written in UTC (`DTSTART:20261023T060000Z`), which every client reads as the same moment
 *   and shows in its own zone; the venue's IANA zone is stated once per calendar as `X-WR-TIMEZONE` when all
 *   events share it, and each event names it in `X-ICSPA-VENUE-TZID` (readers that do not know it skip it).
 */
export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  /** Stable across updates of one event, e.g. `training-session-42@icspa.academy`. */
  uid: string;
  /** Raised by one on each change the attendees should see (time, place, cancellation). */
  sequence: number;
  start: Date;
  end: Date;
  /** The venue's IANA time zone, e.g. `Europe/Kyiv`. */
  timeZone: string;
  summary: string;
  location?: string | null;
  url?: string | null;
  description?: string | null;
  organizer?: CalendarPerson | null;
  attendees?: CalendarPerson[];
  /** Forced to true by METHOD:CANCEL; a feed shows a cancelled event with it. */
  cancelled?: boolean;
  /** Not settled yet (a proposal the trainer has still to answer): STATUS:TENTATIVE. */
  tentative?: boolean;
}

export interface CalendarOptions {
  /** DTSTAMP: when the object was made (the app's Clock, so tests are deterministic). */
  stamp: Date;
  /** X-WR-CALNAME for feeds. */
  calendarName?: string;
}

const PRODUCT_ID = '-//Icspa Academy//Training calendar//EN';

/** Control characters (CR, LF, TAB, NUL…) become spaces: a name or title can never start a new property line. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** Descriptions keep their line breaks (the package escapes them as `\n`), nothing else below 0x20. */
function cleanMultiline(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, ' ');
}

function cleanEmail(email: string): string {
  const value = clean(email);
  if (!/^[^\s@:;,"<>]+@[^\s@:;,"<>]+$/.test(value)) throw new Error(`ics: not an e-mail address: ${value}`);
  return value;
}

function person(p: CalendarPerson): { name: string; email: string } {
  return { name: clean(p.name).replace(/"/g, "'"), email: cleanEmail(p.email) };
}

/** The iCalendar text of `events` under `method`. Throws on an invalid event (end before start, unknown zone). */
export function buildIcs(method: CalendarMethod, events: CalendarEvent[], options: CalendarOptions): string {
  const zones = new Set<string>();
  const attributes: EventAttributes[] = events.map((event) => {
    if (!isTimeZone(event.timeZone)) throw new Error(`ics: unknown time zone ${event.timeZone}`);
    if (!(event.end.getTime() > event.start.getTime()))
      throw new Error(`ics: event ${event.uid} ends before it starts`);
    if (method === 'REQUEST' && !event.organizer) throw new Error(`ics: METHOD:REQUEST needs an organizer`);
    zones.add(event.timeZone);
    const cancelled = method === 'CANCEL' || event.cancelled === true;
    const attrs: EventAttributes = {
      uid: clean(event.uid),
      sequence: Math.max(0, Math.trunc(event.sequence)),
      start: event.start.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: event.end.getTime(),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: clean(event.summary),
      status: cancelled ? 'CANCELLED' : event.tentative ? 'TENTATIVE' : 'CONFIRMED',
      productId: PRODUCT_ID,
    };
    (attrs as EventAttributes & { timestamp: number }).timestamp = options.stamp.getTime();
    if (event.location) attrs.location = clean(event.location);
    if (event.url) attrs.url = clean(event.url);
    if (event.description) attrs.description = cleanMultiline(event.description);
    if (event.organizer) attrs.organizer = person(event.organizer);
    if (event.attendees?.length) {
      attrs.attendees = event.attendees.map((a) => ({
        ...person(a),
        rsvp: method === 'REQUEST',
        partstat: 'NEEDS-ACTION',
        role: 'REQ-PARTICIPANT',
      }));
    }
    return attrs;
  });
  const { error, value } = createEvents(attributes, {
    productId: PRODUCT_ID,
    method,
    ...(options.calendarName ? { calName: clean(options.calendarName) } : {}),
  });
  if (error || value === null) throw new Error(`ics: ${error?.message ?? 'no output'}`);
  return addZones(value, events, zones);
}

/** Adds X-WR-TIMEZONE (one zone for the whole calendar) and each event's venue zone. */
function addZones(text: string, events: CalendarEvent[], zones: Set<string>): string {
  const lines = text.split('\r\n');
  const out: string[] = [];
  let index = -1;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') index += 1;
    if (line === 'END:VEVENT' && index >= 0) out.push(`X-ICSPA-VENUE-TZID:${events[index].timeZone}`);
    out.push(line);
    if (line.startsWith('METHOD:') && zones.size === 1) out.push(`X-WR-TIMEZONE:${[...zones][0]}`);
  }
  return out.join('\r\n');
}
