import { TRAINING_REQUEST_STATUSES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useTrainingRequests } from '@/features/trainer-assignment/api/get-training-requests';
import { TrainingRequestsTable } from '@/features/trainer-assignment/components/training-requests-table';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

/**
 * Training requests by status: a coordinator's unit's (with "Raise a request"), or all for admins. The
 * list follows the queue on its own while a request is pending, matching or proposed.
 */
export function TrainingRequestsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const params = useListParams(['status']);
  const status = oneOf(TRAINING_REQUEST_STATUSES, params.status);
  const requests = useTrainingRequests({ page: params.page, status });
  if (!me) return null;
  const admin = me.role === 'admin';
  return (
    <Page
      title={t('assignment.requests.title')}
      description={admin ? t('assignment.requests.descriptionAdmin') : t('assignment.requests.descriptionCoordinator')}
      actions={
        admin ? undefined : (
          <Link className="button" to={paths.app.trainingRequestNew.getHref()}>
            {t('assignment.requests.raise')}
          </Link>
        )
      }
    >
      <div className="filters">
        <SelectField
          label={t('assignment.requests.filterStatus')}
          emptyLabel={t('assignment.requests.allStatuses')}
          value={status ?? ''}
          options={TRAINING_REQUEST_STATUSES.map((s) => ({ value: s, label: t(`assignment.requestStatus.${s}`) }))}
          onChange={(next) =>
            navigate(paths.app.trainingRequests.getHref({ status: next || undefined }), { preventScrollReset: true })
          }
        />
      </div>
      <QueryState query={requests} loadingLabel={t('assignment.requests.loading')}>
        {(data) => (
          <>
            <TrainingRequestsTable requests={data.items} busy={requests.isPlaceholderData} showUnit={admin} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(page) => paths.app.trainingRequests.getHref({ status, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
