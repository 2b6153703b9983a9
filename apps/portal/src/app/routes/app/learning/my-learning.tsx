import { ENROLMENT_STATUSES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useEnrolments } from '@/features/enrolments/api/get-enrolments';
import { EnrolmentCard } from '@/features/enrolments/components/enrolment-card';
import { EnrolmentStatusFilter } from '@/features/enrolments/components/enrolment-status-filter';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

/** The officer's (and coordinator's) home: one card per enrolment of their own, with what to do next. */
export function MyLearningRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const params = useListParams(['status']);
  const status = oneOf(ENROLMENT_STATUSES, params.status);
  // Always the signed-in person's own, also for a coordinator (whose plain list is the unit's).
  const enrolments = useEnrolments({ page: params.page, status, mine: true });
  return (
    <Page
      title={t('myLearning.title')}
      description={me ? t('myLearning.greeting', { name: me.displayName }) : undefined}
      actions={
        <Link className="button button--secondary" to={paths.app.catalogue.getHref()}>
          {t('myLearning.browse')}
        </Link>
      }
    >
      <div className="filters">
        <EnrolmentStatusFilter
          value={status}
          onChange={(next) => navigate(paths.app.myLearning.getHref({ status: next }), { preventScrollReset: true })}
        />
      </div>
      <QueryState query={enrolments} loadingLabel={t('myLearning.loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <div className="card empty-state">
              <p>{status ? t('myLearning.noneWithStatus') : t('myLearning.none')}</p>
              <Link className="button" to={paths.app.catalogue.getHref()}>
                {t('myLearning.browse')}
              </Link>
            </div>
          ) : (
            <>
              <ul className="stack" aria-label={t('myLearning.listLabel')} aria-busy={enrolments.isPlaceholderData}>
                {data.items.map((enrolment) => (
                  <li key={enrolment.id}>
                    <EnrolmentCard enrolment={enrolment} />
                  </li>
                ))}
              </ul>
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                totalIsEstimate={data.totalIsEstimate}
                hrefFor={(page) => paths.app.myLearning.getHref({ status, page })}
              />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
