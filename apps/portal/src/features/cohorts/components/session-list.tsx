import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDayIn, formatTimeIn, sameWallClock, zonePlace } from '@/lib/time-zones';
import type { TrainingSession } from '../api/get-sessions';

/** "Mon, 3 Mar · 09:00 Kyiv (08:00 your time)": a session's time at the venue, the viewer's beside it. */
export function useSessionWhen(viewerTimeZone: string) {
  const { t, i18n } = useTranslation();
  return (s: Pick<TrainingSession, 'startsAt' | 'timeZone'>) => {
    const language = i18n.language;
    const day = formatDayIn(s.startsAt, s.timeZone, language);
    const venueTime = formatTimeIn(s.startsAt, s.timeZone, language);
    if (sameWallClock(s.startsAt, s.timeZone, viewerTimeZone))
      return t('sessions.when', { day, time: venueTime, place: zonePlace(s.timeZone) });
    return t('sessions.whenBoth', {
      day,
      venueTime,
      place: zonePlace(s.timeZone),
      viewerTime: formatTimeIn(s.startsAt, viewerTimeZone, language),
    });
  };
}

/** A cohort's sessions, each with its time, place and (for whoever keeps it) a link to its sign-in sheet. */
export function SessionList({
  sessions,
  viewerTimeZone,
  withAttendance,
}: {
  sessions: TrainingSession[];
  viewerTimeZone: string;
  withAttendance: boolean;
}) {
  const { t } = useTranslation();
  const when = useSessionWhen(viewerTimeZone);
  return (
    <ol className="session-list">
      {sessions.map((s) => (
        <li key={s.id} className={`session-list__item${s.status === 'cancelled' ? ' is-cancelled' : ''}`}>
          <span className="session-list__when">
            {t('sessions.number', { position: s.position })} · {when(s)}
          </span>
          <span className="session-list__place muted">
            {[s.venueName, s.venueAddress].filter(Boolean).join(', ') || (s.onlineUrl ? t('sessions.online') : '')}
          </span>
          {s.status === 'cancelled' ? (
            <span className="tag">{t('sessions.cancelled')}</span>
          ) : withAttendance ? (
            <Link to={paths.app.sessionAttendance.getHref({ sessionId: s.id })}>{t('sessions.attendance')}</Link>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
