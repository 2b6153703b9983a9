import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useAllCourses } from '@/features/catalogue/api/get-courses';
import { courseFacets } from '@/features/catalogue/lib/facets';
import { UnitComparisonSection } from '@/features/uptake/components/unit-comparison-section';
import { UptakeFilters } from '@/features/uptake/components/uptake-filters';
import { isMonth, lastMonths } from '@/features/uptake/lib/period';
import { useFormat } from '@/hooks/use-format';
import { useListParams } from '@/hooks/use-list-params';

/** A coordinator's unit against the average unit of its country, for a period and optionally a topic or course. */
export function UnitUptakeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const params = useListParams(['from', 'to', 'topic', 'courseId']);
  const courses = useAllCourses({ status: 'published' });
  const defaults = lastMonths(12);
  const from = isMonth(params.from) ? params.from : defaults.from;
  const to = isMonth(params.to) ? params.to : defaults.to;
  const facets = courseFacets(courses.data ?? []);
  const courseOptions = (courses.data ?? [])
    .map((c) => ({ value: c.id, label: `${c.code} · ${c.title}` }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  return (
    <Page title={t('uptake.unit.title')} description={t('uptake.unit.pageDescription')}>
      <UptakeFilters
        value={{ from, to, topic: params.topic, courseId: params.courseId }}
        topics={facets.topics
          .map((tag) => ({ value: tag, label: format.topic(tag) }))
          .sort((a, b) => a.label.localeCompare(b.label, format.locale))}
        courses={courseOptions}
        optionsLoading={courses.isPending}
        onChange={(next) =>
          navigate(
            paths.app.unitUptake.getHref({ from: next.from, to: next.to, topic: next.topic, courseId: next.courseId }),
            { preventScrollReset: true },
          )
        }
      />
      <UnitComparisonSection period={{ from, to, topic: params.topic, courseId: params.courseId }} />
    </Page>
  );
}
