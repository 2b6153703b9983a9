import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useRoster } from '@/features/cohorts/api/get-roster';
import { CohortFacts } from '@/features/cohorts/components/cohort-facts';
import { CohortStatusTag } from '@/features/cohorts/components/cohort-status-tag';
import { MessageParticipantsForm } from '@/features/cohorts/components/message-participants-form';
import { NamedRosterLine } from '@/features/cohorts/components/named-roster-panel';
import { RosterTable } from '@/features/cohorts/components/roster-table';
import { useSessions } from '@/features/cohorts/api/get-sessions';
import { SessionList } from '@/features/cohorts/components/session-list';
import { browserTimeZone } from '@/lib/time-zones';

/** A cohort's roster for its trainer (and admins): progress, scores, and attendance and results in person. */
export function RosterRoute() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const me = useSignedInUser();
  const roster = useRoster(cohortId);
  const sessions = useSessions(cohortId);
  if (!cohortId) return <NotFound />;
  const back =
    me?.role === 'admin' ? (
      <Link className="button button--secondary" to={paths.app.adminCohort.getHref({ cohortId })}>
        {t('roster.backToCohort')}
      </Link>
    ) : (
      <Link className="button button--secondary" to={paths.app.myCohorts.getHref()}>
        {me?.role === 'officer' || me?.role === 'coordinator'
          ? t('roster.backToTeaching')
          : t('roster.backToMyCohorts')}
      </Link>
    );
  return (
    <Page
      title={roster.data ? t('roster.title', { course: roster.data.cohort.courseTitle }) : t('roster.titleLoading')}
      actions={back}
    >
      <QueryState query={roster} loadingLabel={t('roster.loading')}>
        {(data) => (
          <>
            <section className="card section" aria-labelledby="roster-cohort">
              <h2 id="roster-cohort">
                <code>{data.cohort.courseCode}</code> <CohortStatusTag status={data.cohort.status} />
              </h2>
              <CohortFacts cohort={data.cohort} />
            </section>
            <section className="card section" aria-labelledby="roster-sessions">
              <h2 id="roster-sessions">{t('sessions.title')}</h2>
              <QueryState query={sessions} loadingLabel={t('sessions.loading')}>
                {(list) => (
                  <SessionList
                    sessions={list.items}
                    viewerTimeZone={me?.timeZone ?? browserTimeZone()}
                    withAttendance={data.cohort.deliveryMode !== 'online'}
                  />
                )}
              </QueryState>
            </section>
            <p className="muted">
              {data.cohort.deliveryMode === 'online' ? t('roster.onlineHint') : t('roster.gradeHint')}
            </p>
            {data.entries.some((e) => e.officerPseudonym) ? <p className="muted">{t('roster.pseudonymHint')}</p> : null}
            <NamedRosterLine cohortId={cohortId} enabled={me?.role === 'trainer'} />
            <RosterTable roster={data} />
            <MessageParticipantsForm roster={data} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
