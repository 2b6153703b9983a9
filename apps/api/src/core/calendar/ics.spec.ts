import ICAL from 'ical.js';
import { buildIcs, type CalendarEvent } from './ics';

// An independent parser (ical.js) reads what the `ics` package wrote back to the same instants.
function parse(text: string): { method: string | null; events: ICAL.Event[]; calendar: ICAL.Component } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const method = calendar.getFirstPropertyValue('method');
  return {
    method: method === null ? null : String(method),
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
  };
}

function kyivClock(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Kyiv',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

const stamp = new Date('2026-09-01T12:00:00Z');
const organizer = { name: 'Icspa Academy', email: 'academy@example.org' };

// Kyiv leaves summer time on Sunday 25 October 2026 (EEST +03:00 → EET +02:00): 09:00 local is 06:00Z
// before and 07:00Z after.
const beforeDst: CalendarEvent = {
  uid: 'training-session-1@icspa.test',
  sequence: 0,
  start: new Date('2026-10-23T06:00:00Z'),
  end: new Date('2026-10-23T14:00:00Z'),
  timeZone: 'Europe/Kyiv',
  summary: 'Digital forensics, day 1',
  location: 'Cyber Police Department, 14 Bohomoltsia St, Kyiv',
  url: 'https://portal.example.org/cohorts/7',
  description: 'Bring your laptop.\nLunch is provided.',
  organizer,
};
const afterDst: CalendarEvent = {
  ...beforeDst,
  uid: 'training-session-2@icspa.test',
  start: new Date('2026-10-27T07:00:00Z'),
  end: new Date('2026-10-27T15:00:00Z'),
  summary: 'Digital forensics, day 2',
};

describe('buildIcs', () => {
  it('writes 09:00 Kyiv on both sides of the DST change as instants the independent parser reads back', () => {
    const text = buildIcs('REQUEST', [beforeDst, afterDst], { stamp });
    const { method, events, calendar } = parse(text);
    expect(method).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Kyiv');
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-10-23T06:00:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2026-10-23T14:00:00.000Z');
    expect(second.startDate.toJSDate().toISOString()).toBe('2026-10-27T07:00:00.000Z');
    // Both read as 09:00 on the venue's wall clock, though an hour apart in UTC.
    expect(kyivClock(first.startDate.toJSDate())).toBe('09:00');
    expect(kyivClock(second.startDate.toJSDate())).toBe('09:00');
    expect(first.uid).toBe('training-session-1@icspa.test');
    expect(first.sequence).toBe(0);
    expect(first.summary).toBe('Digital forensics, day 1');
    expect(first.location).toBe('Cyber Police Department, 14 Bohomoltsia St, Kyiv');
    expect(first.description).toBe('Bring your laptop.\nLunch is provided.');
    expect(String(first.organizer)).toBe('MAILTO:academy@example.org');
    expect(first.component.getFirstPropertyValue('url')).toBe('https://portal.example.org/cohorts/7');
    expect(first.component.getFirstPropertyValue('x-icspa-venue-tzid')).toBe('Europe/Kyiv');
    expect(first.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(first.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-09-01T12:00:00Z');
    expect(text).toMatch(/\r\n$/);
  });

  it('keeps the uid and carries the sequence of an update; CANCEL marks every event cancelled', () => {
    const update = parse(buildIcs('REQUEST', [{ ...beforeDst, sequence: 3 }], { stamp }));
    expect(update.events[0].uid).toBe(beforeDst.uid);
    expect(update.events[0].sequence).toBe(3);

    const cancel = parse(buildIcs('CANCEL', [{ ...beforeDst, sequence: 4 }], { stamp }));
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.events[0].uid).toBe(beforeDst.uid);
    expect(cancel.events[0].sequence).toBe(4);
    expect(cancel.events[0].component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('PUBLISH feeds need no organizer, carry a calendar name and leave X-WR-TIMEZONE out for mixed zones', () => {
    const text = buildIcs(
      'PUBLISH',
      [
        { ...beforeDst, organizer: null },
        { ...afterDst, organizer: null, timeZone: 'America/Sao_Paulo' },
      ],
      { stamp, calendarName: 'My training' },
    );
    const { method, calendar, events } = parse(text);
    expect(method).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My training');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBeNull();
    expect(events[1].component.getFirstPropertyValue('x-icspa-venue-tzid')).toBe('America/Sao_Paulo');
  });

  it('cannot be made to start a new property line through a title, a place or a name', () => {
    const text = buildIcs(
      'REQUEST',
      [
        {
          ...beforeDst,
          summary: 'Forensics\r\nATTENDEE:MAILTO:intruder@evil.test',
          location: 'Room 1\nMETHOD:CANCEL',
          organizer: { name: 'Academy\r\nBcc: x@evil.test";X=1', email: 'academy@example.org' },
          attendees: [{ name: 'Olena\nATTENDEE:MAILTO:spy@evil.test', email: 'olena@example.org' }],
        },
      ],
      { stamp },
    );
    const { events, calendar } = parse(text);
    expect(calendar.getAllProperties('method')).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(events[0].attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:olena@example.org',
    ]);
    expect(events[0].summary).toBe('Forensics ATTENDEE:MAILTO:intruder@evil.test');
    expect(text).not.toMatch(/^(ATTENDEE:MAILTO:intruder|Bcc:)/m);
  });

  it('refuses an event that ends before it starts, an unknown zone and an invite without organizer', () => {
    expect(() => buildIcs('PUBLISH', [{ ...beforeDst, end: beforeDst.start }], { stamp })).toThrow(/ends before/);
    expect(() => buildIcs('PUBLISH', [{ ...beforeDst, timeZone: 'Mars/Olympus' }], { stamp })).toThrow(/time zone/);
    expect(() => buildIcs('REQUEST', [{ ...beforeDst, organizer: null }], { stamp })).toThrow(/organizer/);
  });
});
