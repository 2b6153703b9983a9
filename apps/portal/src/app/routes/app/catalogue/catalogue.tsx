import { COURSE_LEVELS } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useAllCourses, useCourses } from '@/features/catalogue/api/get-courses';
import { CourseCards } from '@/features/catalogue/components/course-cards';
import { CourseFilters } from '@/features/catalogue/components/course-filters';
import { courseFacets } from '@/features/catalogue/lib/facets';
import { useFormat } from '@/hooks/use-format';
import { useListParams } from '@/hooks/use-list-params';
import { oneOf } from '@/lib/one-of';

/** The catalogue of published courses: search, filters and pages all live in the address. */
export function CatalogueRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const params = useListParams(['q', 'topic', 'language', 'level', 'availableIn']);
  const filter = {
    q: params.q,
    topic: params.topic,
    language: params.language,
    level: oneOf(COURSE_LEVELS, params.level),
    availableIn: params.availableIn,
  };
  const courses = useCourses({ page: params.page, ...filter, status: 'published' });
  const all = useAllCourses({ status: 'published' });
  const facets = courseFacets(all.data ?? []);
  return (
    <Page title={t('catalogue.title')} description={t('catalogue.description')}>
      <CourseFilters
        key={params.q ?? ''}
        value={filter}
        facets={facets}
        facetsLoading={all.isPending}
        onChange={(next) => navigate(paths.app.catalogue.getHref(next), { preventScrollReset: true })}
      />
      <QueryState query={courses} loadingLabel={t('catalogue.loading')}>
        {(data) => (
          <>
            <p className="result-count" role="status">
              {t('catalogue.count', { total: format.number(data.total) })}
            </p>
            <CourseCards courses={data.items} busy={courses.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              totalIsEstimate={data.totalIsEstimate}
              hrefFor={(page) => paths.app.catalogue.getHref({ ...filter, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
