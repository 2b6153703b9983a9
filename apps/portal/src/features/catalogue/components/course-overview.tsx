import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/tag';
import { useFormat } from '@/hooks/use-format';
import type { CourseDetail } from '@/features/catalogue/api/get-course';

/** What a course is: its summary, level, hours, languages and topics. */
export function CourseOverview({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="course-overview">
      <h2 id="course-overview" className="visually-hidden">
        {t('course.overview')}
      </h2>
      <p className="lead">{course.summary}</p>
      <dl className="details">
        <dt>{t('course.code')}</dt>
        <dd>
          <code>{course.code}</code>
        </dd>
        <dt>{t('course.level')}</dt>
        <dd>{t(`courseLevel.${course.level}`)}</dd>
        <dt>{t('course.hours')}</dt>
        <dd>{t('course.hoursValue', { hours: format.number(course.hours) })}</dd>
        <dt>{t('course.languages')}</dt>
        <dd>{format.list(course.languages.map((l) => format.language(l)))}</dd>
        <dt>{t('course.topics')}</dt>
        <dd>{format.list(course.topics.map(format.topic))}</dd>
        {course.status === 'draft' ? (
          <>
            <dt>{t('course.status')}</dt>
            <dd>
              <Tag tone="warn">{t('courseStatus.draft')}</Tag>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
