import { ENROLMENT_STATUSES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useEnrolments } from '@/features/enrolments/api/get-enrolments';
import { EnrolmentStatusFilter } from '@/features/enrolments/components/enrolment-status-filter';
import { UnitEnrolmentsTable } from '@/features/enrolments/components/unit-enrolments-table';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

/** The unit's enrolments for its coordinator (the API answers a coordinator with the unit's), with approvals. */
export function UnitEnrolmentsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useListParams(['status']);
  const status = oneOf(ENROLMENT_STATUSES, params.status);
  const enrolments = useEnrolments({ page: params.page, status });
  return (
    <Page title={t('unitEnrolments.title')} description={t('unitEnrolments.description')}>
      <div className="filters">
        <EnrolmentStatusFilter
          value={status}
          onChange={(next) =>
            navigate(paths.app.unitEnrolments.getHref({ status: next }), { preventScrollReset: true })
          }
        />
      </div>
      <QueryState query={enrolments} loadingLabel={t('unitEnrolments.loading')}>
        {(data) => (
          <>
            <UnitEnrolmentsTable enrolments={data.items} busy={enrolments.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              totalIsEstimate={data.totalIsEstimate}
              hrefFor={(page) => paths.app.unitEnrolments.getHref({ status, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
