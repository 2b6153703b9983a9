import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type Column } from '@/components/ui/table';
import { paths } from '@/config/paths';
import type { CourseProgress } from '@/features/translations/api/get-translation-progress';

/** Per course, each locale's progress ("12 / 30 published") linking to the side-by-side editor. */
export function ProgressTable({
  courses,
  locales,
  formatNumber,
}: {
  courses: readonly CourseProgress[];
  locales: ReadonlyArray<{ code: string; name: string }>;
  formatNumber: (n: number) => string;
}) {
  const { t } = useTranslation();
  const columns: Column<CourseProgress>[] = [
    {
      key: 'course',
      header: t('translations.columns.course'),
      cell: (c) => (
        <>
          <span className="nowrap">{c.code}</span> {c.title}
        </>
      ),
    },
    ...locales.map((l): Column<CourseProgress> => ({
      key: l.code,
      header: l.name,
      cell: (c) => {
        const p = c.locales.find((x) => x.locale === l.code);
        if (!p) return <span className="muted">{t('translations.sourceLanguage')}</span>;
        return (
          <Link
            className="progress-link"
            to={paths.app.courseTranslations.getHref({ courseId: c.courseId, locale: l.code })}
          >
            <span className="visually-hidden">
              {t('translations.openEditor', { course: c.code, language: l.name })}:{' '}
            </span>
            {t('translations.publishedOf', { published: formatNumber(p.published), total: formatNumber(c.total) })}
            {p.outdated > 0 ? ` · ${t('translations.outdatedCount', { count: p.outdated })}` : ''}
            {p.draft > 0 ? ` · ${t('translations.draftCount', { count: p.draft })}` : ''}
          </Link>
        );
      },
    })),
  ];
  return (
    <Table
      caption={t('translations.caption')}
      columns={columns}
      rows={courses}
      rowKey={(c) => c.courseId}
      empty={t('translations.empty')}
    />
  );
}
