import type { Locale } from 'date-fns';
import { addDays, endOfMonth, endOfWeek, format, getDay, parse, startOfDay, startOfMonth, startOfWeek } from 'date-fns';
import { enUS, es, ptBR, ru, uk, zhCN } from 'date-fns/locale';
import { useMemo } from 'react';
import { Calendar, dateFnsLocalizer, type View } from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { useTranslation } from 'react-i18next';
import { formatDayIn, formatTimeIn, sameWallClock, zonePlace } from '@/lib/time-zones';
import type { CalendarEntry } from '../api/get-calendar';

/** date-fns locales of the portal's six languages (week start, month and day names for the grid). */
const LOCALES: Record<string, Locale> = { en: enUS, es, 'pt-BR': ptBR, ru, uk, 'zh-CN': zhCN };
const localizer = dateFnsLocalizer({ format, parse, startOfWeek, getDay, locales: LOCALES });

export const CALENDAR_VIEWS = ['month', 'week', 'agenda'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
/** Days the agenda lists from its date. */
export const AGENDA_DAYS = 30;

/** The instants a view shows around `date` (what the API is asked for), by date-fns. */
export function rangeOf(view: CalendarView, date: Date, language: string): { from: Date; to: Date } {
  const locale = LOCALES[language] ?? enUS;
  if (view === 'agenda') return { from: startOfDay(date), to: addDays(startOfDay(date), AGENDA_DAYS) };
  if (view === 'week') return { from: startOfWeek(date, { locale }), to: addDays(endOfWeek(date, { locale }), 1) };
  // A month grid shows the days of the weeks around it too.
  return {
    from: startOfWeek(startOfMonth(date), { locale }),
    to: addDays(startOfDay(endOfWeek(endOfMonth(date), { locale })), 1),
  };
}

interface Event {
  entry: CalendarEntry;
  title: string;
  start: Date;
  end: Date;
}

/** "09:00 Kyiv (08:00 your time)": the venue's time, and the viewer's when it differs. */
export function useSessionTimes(viewerTimeZone: string) {
  const { t, i18n } = useTranslation();
  return (entry: CalendarEntry): string => {
    const language = i18n.language;
    const venueZone = entry.venueTime?.timeZone;
    if (!venueZone || sameWallClock(entry.startsAt, venueZone, viewerTimeZone))
      return t('calendar.time', {
        day: formatDayIn(entry.startsAt, viewerTimeZone, language),
        time: formatTimeIn(entry.startsAt, viewerTimeZone, language),
      });
    return t('calendar.bothTimes', {
      day: formatDayIn(entry.startsAt, venueZone, language),
      venueTime: formatTimeIn(entry.startsAt, venueZone, language),
      place: zonePlace(venueZone),
      viewerTime: formatTimeIn(entry.startsAt, viewerTimeZone, language),
    });
  };
}

/** The words of an entry: what it is, then its title. */
export function useEntryTitle() {
  const { t } = useTranslation();
  return (entry: CalendarEntry): string => {
    const title =
      entry.kind === 'training_session'
        ? entry.title
        : entry.kind === 'certification_expiry'
          ? t('calendar.kinds.certificationExpiry', { programme: entry.title })
          : entry.kind === 'proposal_answer_by'
            ? t('calendar.kinds.proposalAnswerBy', { course: entry.title })
            : entry.title
              ? t('calendar.kinds.unavailabilityWithReason', { reason: entry.title })
              : t('calendar.kinds.unavailability');
    return entry.cancelled ? t('calendar.cancelled', { title }) : title;
  };
}

/**
 * The calendar grid (react-big-calendar with its date-fns localizer): month, week and agenda views in the
 * portal's language. Each entry reads its title and, for a training session, its time at the venue with the
 * viewer's beside it.
 */
export function CalendarView({
  entries,
  view,
  date,
  viewerTimeZone,
  onView,
  onNavigate,
}: {
  entries: CalendarEntry[];
  view: CalendarView;
  date: Date;
  viewerTimeZone: string;
  onView: (view: CalendarView) => void;
  onNavigate: (date: Date) => void;
}) {
  const { t, i18n } = useTranslation();
  const times = useSessionTimes(viewerTimeZone);
  const entryTitle = useEntryTitle();
  const events = useMemo<Event[]>(
    () =>
      entries.map((entry) => ({
        entry,
        title: entryTitle(entry),
        start: new Date(entry.startsAt),
        end: new Date(entry.endsAt),
      })),
    [entries, entryTitle],
  );
  const messages = useMemo(
    () => ({
      today: t('calendar.today'),
      previous: t('calendar.previous'),
      next: t('calendar.next'),
      month: t('calendar.views.month'),
      week: t('calendar.views.week'),
      agenda: t('calendar.views.agenda'),
      date: t('calendar.columns.date'),
      time: t('calendar.columns.time'),
      event: t('calendar.columns.event'),
      noEventsInRange: t('calendar.empty'),
      showMore: (count: number) => t('calendar.showMore', { count }),
    }),
    [t],
  );
  const EventLabel = ({ event }: { event: Event }) => (
    <span
      className={`calendar-entry calendar-entry--${event.entry.kind}${event.entry.cancelled ? ' is-cancelled' : ''}`}
    >
      <strong>{event.title}</strong>
      {event.entry.kind === 'training_session' ? (
        <span className="calendar-entry__times"> · {times(event.entry)}</span>
      ) : null}
    </span>
  );
  return (
    <div className="calendar" data-scroll-x>
      <Calendar<Event>
        localizer={localizer}
        culture={LOCALES[i18n.language] ? i18n.language : 'en'}
        events={events}
        view={view as View}
        views={[...CALENDAR_VIEWS]}
        date={date}
        onView={(v) => onView((CALENDAR_VIEWS as readonly string[]).includes(v) ? (v as CalendarView) : 'month')}
        onNavigate={onNavigate}
        length={AGENDA_DAYS}
        messages={messages}
        popup
        components={{ event: EventLabel, agenda: { event: EventLabel } }}
        style={{ minHeight: view === 'agenda' ? undefined : 640 }}
      />
    </div>
  );
}
