import { COURSE_STATUSES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SearchField } from '@/components/ui/search-field';
import { SelectField } from '@/components/ui/select-field';
import { paths } from '@/config/paths';
import { useCourses } from '@/features/catalogue/api/get-courses';
import { CoursesTable } from '@/features/catalogue/components/courses-table';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

/** Every course, drafts included, for admins to edit. */
export function AdminCoursesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useListParams(['status', 'q']);
  const status = oneOf(COURSE_STATUSES, params.status);
  const courses = useCourses({ page: params.page, status, q: params.q });
  const go = (next: { status?: string; q?: string }) =>
    navigate(paths.app.adminCourses.getHref(next), { preventScrollReset: true });
  return (
    <Page
      title={t('adminCourses.title')}
      description={t('adminCourses.description')}
      actions={
        <Link className="button" to={paths.app.adminCourseNew.getHref()}>
          {t('adminCourses.new')}
        </Link>
      }
    >
      <div className="filters">
        <SearchField
          key={params.q ?? ''}
          label={t('adminCourses.search')}
          value={params.q}
          onSearch={(q) => go({ status, q })}
        />
        <SelectField
          label={t('adminCourses.status')}
          emptyLabel={t('adminCourses.allStatuses')}
          value={status ?? ''}
          options={COURSE_STATUSES.map((s) => ({ value: s, label: t(`courseStatus.${s}`) }))}
          onChange={(next) => go({ status: next || undefined, q: params.q })}
        />
      </div>
      <QueryState query={courses} loadingLabel={t('adminCourses.loading')}>
        {(data) => (
          <>
            <CoursesTable courses={data.items} busy={courses.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              totalIsEstimate={data.totalIsEstimate}
              hrefFor={(page) => paths.app.adminCourses.getHref({ status, q: params.q, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
