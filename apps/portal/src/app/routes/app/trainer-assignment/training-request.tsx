import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useTrainingRequest } from '@/features/trainer-assignment/api/get-training-request';
import { CancelRequest } from '@/features/trainer-assignment/components/cancel-request';
import { MatchRounds } from '@/features/trainer-assignment/components/match-rounds';
import { ReassignForm } from '@/features/trainer-assignment/components/reassign-form';
import { RequestAssignmentsTable } from '@/features/trainer-assignment/components/request-assignments-table';
import { TrainingRequestFacts } from '@/features/trainer-assignment/components/training-request-facts';

/**
 * One training request: what was asked, its status (followed while the queue works on it), the trainers
 * asked, its cohort once scheduled, and Cancel. Admins also see why each trainer ranked where they did,
 * and may propose a trainer by hand.
 */
export function TrainingRequestRoute() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const me = useSignedInUser();
  const request = useTrainingRequest(requestId);
  if (!requestId) return <NotFound />;
  if (!me) return null;
  const admin = me.role === 'admin';
  return (
    <Page
      title={
        request.data
          ? t('assignment.request.title', { course: request.data.courseTitle })
          : t('assignment.request.titleLoading')
      }
      actions={
        <Link className="button button--secondary" to={paths.app.trainingRequests.getHref()}>
          {t('assignment.request.back')}
        </Link>
      }
    >
      <QueryState query={request} loadingLabel={t('assignment.request.loading')}>
        {(data) => (
          <>
            <section className="card" aria-labelledby="request-facts-title">
              <h2 id="request-facts-title">{t('assignment.request.facts')}</h2>
              <TrainingRequestFacts request={data} />
              {data.cohortId ? (
                <p className="section">
                  <Link
                    className="button button--secondary"
                    to={
                      admin
                        ? paths.app.adminCohort.getHref({ cohortId: data.cohortId })
                        : paths.app.nominate.getHref({ cohort: data.cohortId })
                    }
                  >
                    {admin ? t('assignment.request.openCohort') : t('assignment.request.nominateIntoCohort')}
                  </Link>
                </p>
              ) : null}
              <CancelRequest request={data} />
            </section>
            <section className="card section" aria-labelledby="request-assignments-title">
              <h2 id="request-assignments-title">{t('assignment.request.assignments')}</h2>
              <RequestAssignmentsTable assignments={data.assignments} />
            </section>
            {admin ? (
              <>
                <section className="card section" aria-labelledby="reassign-title">
                  <h2 id="reassign-title">{t('assignment.reassign.title')}</h2>
                  <p className="muted">{t('assignment.reassign.description')}</p>
                  <ReassignForm request={data} />
                </section>
                <MatchRounds rounds={data.matchRounds} />
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}
