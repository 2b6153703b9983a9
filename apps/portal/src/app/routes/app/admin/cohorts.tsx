import { COHORT_STATUSES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { paths } from '@/config/paths';
import { useAllCourses } from '@/features/catalogue/api/get-courses';
import { useCohorts } from '@/features/cohorts/api/get-cohorts';
import { CohortsTable } from '@/features/cohorts/components/cohorts-table';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

/** Every cohort for admins, by course and status, with links to edit each and to its roster. */
export function AdminCohortsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useListParams(['status', 'courseId']);
  const status = oneOf(COHORT_STATUSES, params.status);
  const courseId = params.courseId;
  const cohorts = useCohorts({ page: params.page, status, courseId });
  const courses = useAllCourses();
  const go = (next: { status?: string; courseId?: string }) =>
    navigate(paths.app.adminCohorts.getHref(next), { preventScrollReset: true });
  return (
    <Page
      title={t('adminCohorts.title')}
      description={t('adminCohorts.description')}
      actions={
        <Link className="button" to={paths.app.adminCohortNew.getHref({ courseId })}>
          {t('adminCohorts.new')}
        </Link>
      }
    >
      <div className="filters">
        <SelectField
          label={t('adminCohorts.course')}
          emptyLabel={courses.isPending ? t('common.loading') : t('adminCohorts.allCourses')}
          disabled={courses.isPending}
          value={courseId ?? ''}
          options={(courses.data ?? []).map((c) => ({ value: c.id, label: `${c.code} — ${c.title}` }))}
          onChange={(next) => go({ status, courseId: next || undefined })}
        />
        <SelectField
          label={t('adminCohorts.status')}
          emptyLabel={t('adminCohorts.allStatuses')}
          value={status ?? ''}
          options={COHORT_STATUSES.map((s) => ({ value: s, label: t(`cohortStatus.${s}`) }))}
          onChange={(next) => go({ status: next || undefined, courseId })}
        />
      </div>
      <QueryState query={cohorts} loadingLabel={t('adminCohorts.loading')}>
        {(data) => (
          <>
            <CohortsTable
              cohorts={data.items}
              busy={cohorts.isPlaceholderData}
              caption={t('adminCohorts.caption')}
              empty={t('adminCohorts.empty')}
              editable
            />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(page) => paths.app.adminCohorts.getHref({ status, courseId, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
