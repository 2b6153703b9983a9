import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { attendancePdfHref, useAttendanceSheet } from '@/features/cohorts/api/get-attendance-sheet';
import { AttendanceSheet } from '@/features/cohorts/components/attendance-sheet';
import { useSessionWhen } from '@/features/cohorts/components/session-list';
import { browserTimeZone } from '@/lib/time-zones';

/** One session's sign-in sheet (the cohort's trainer and admins), with its printable PDF. */
export function SessionAttendanceRoute() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const me = useSignedInUser();
  const sheet = useAttendanceSheet(sessionId);
  const when = useSessionWhen(me?.timeZone ?? browserTimeZone());
  if (!sessionId) return <NotFound />;
  const session = sheet.data?.session;
  return (
    <Page
      title={session ? t('attendance.title', { course: session.courseTitle }) : t('attendance.titleLoading')}
      description={session ? `${t('sessions.number', { position: session.position })} · ${when(session)}` : undefined}
      actions={
        session ? (
          <>
            <a className="button button--secondary" href={attendancePdfHref(sessionId)} download>
              {t('attendance.print')}
            </a>
            <Link className="button button--secondary" to={paths.app.roster.getHref({ cohortId: session.cohortId })}>
              {t('attendance.backToRoster')}
            </Link>
          </>
        ) : null
      }
    >
      <QueryState query={sheet} loadingLabel={t('attendance.loading')}>
        {(data) => <AttendanceSheet sheet={data} />}
      </QueryState>
    </Page>
  );
}
