import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type Column } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { CourseSummary } from '@/features/catalogue/api/get-courses';

/** Every course for admins, drafts included; the title opens the editor. */
export function CoursesTable({ courses, busy }: { courses: readonly CourseSummary[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<CourseSummary>[] = [
    { key: 'code', header: t('adminCourses.columns.code'), cell: (c) => <code>{c.code}</code> },
    {
      key: 'title',
      header: t('adminCourses.columns.title'),
      cell: (c) => <Link to={paths.app.adminCourse.getHref({ courseId: c.id })}>{c.title}</Link>,
    },
    { key: 'level', header: t('adminCourses.columns.level'), cell: (c) => t(`courseLevel.${c.level}`) },
    {
      key: 'languages',
      header: t('adminCourses.columns.languages'),
      cell: (c) => format.list(c.languages.map((l) => format.language(l))),
    },
    { key: 'hours', header: t('adminCourses.columns.hours'), cell: (c) => format.number(c.hours), numeric: true },
    {
      key: 'status',
      header: t('adminCourses.columns.status'),
      cell: (c) => <Tag tone={c.status === 'published' ? 'ok' : 'warn'}>{t(`courseStatus.${c.status}`)}</Tag>,
    },
  ];
  return (
    <Table
      caption={t('adminCourses.caption')}
      columns={columns}
      rows={courses}
      rowKey={(c) => c.id}
      empty={t('adminCourses.empty')}
      busy={busy}
    />
  );
}
