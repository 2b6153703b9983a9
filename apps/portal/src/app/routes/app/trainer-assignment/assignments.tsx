import { ASSIGNMENT_STATUSES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useAssignments } from '@/features/trainer-assignment/api/get-assignments';
import { AssignmentsTable } from '@/features/trainer-assignment/components/assignments-table';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

/** A trainer's own assignments (withdrawing from accepted ones), or a member admin's firm's. */
export function AssignmentsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const params = useListParams(['status']);
  const status = oneOf(ASSIGNMENT_STATUSES, params.status);
  const assignments = useAssignments({ page: params.page, status });
  if (!me) return null;
  const own = me.role === 'trainer';
  return (
    <Page
      title={own ? t('assignment.assignments.titleOwn') : t('assignment.assignments.titleFirm')}
      description={own ? t('assignment.assignments.descriptionOwn') : t('assignment.assignments.descriptionFirm')}
    >
      <div className="filters">
        <SelectField
          label={t('assignment.assignments.filterStatus')}
          emptyLabel={t('assignment.assignments.allStatuses')}
          value={status ?? ''}
          options={ASSIGNMENT_STATUSES.map((s) => ({ value: s, label: t(`assignment.assignmentStatus.${s}`) }))}
          onChange={(next) =>
            navigate(paths.app.assignments.getHref({ status: next || undefined }), { preventScrollReset: true })
          }
        />
      </div>
      <QueryState query={assignments} loadingLabel={t('assignment.assignments.loading')}>
        {(data) => (
          <>
            <AssignmentsTable
              assignments={data.items}
              busy={assignments.isPlaceholderData}
              caption={own ? t('assignment.assignments.titleOwn') : t('assignment.assignments.titleFirm')}
              empty={t('assignment.assignments.empty')}
              showTrainer={!own}
              canWithdraw={own}
            />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(page) => paths.app.assignments.getHref({ status, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
