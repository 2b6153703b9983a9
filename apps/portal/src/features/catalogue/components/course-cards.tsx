import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { CourseSummary } from '@/features/catalogue/api/get-courses';
import { languageEndonym } from '@/components/ui/translation-note';

/** The catalogue as cards: code, title (the link), summary, level, hours and languages. */
export function CourseCards({ courses, busy = false }: { courses: readonly CourseSummary[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (courses.length === 0) return <p className="empty">{t('catalogue.empty')}</p>;
  return (
    <ul className={busy ? 'cards cards--busy' : 'cards'} aria-busy={busy} aria-label={t('catalogue.listLabel')}>
      {courses.map((course) => (
        <li key={course.id}>
          <article className="card course-card" aria-labelledby={`course-${course.id}`}>
            <p className="course-card__code">
              <code>{course.code}</code>
              <span className="tag tag--info">{t(`courseLevel.${course.level}`)}</span>
            </p>
            <h2 id={`course-${course.id}`} className="course-card__title" lang={course.contentLocale}>
              <Link to={paths.app.course.getHref({ courseId: course.id })}>{course.title}</Link>
            </h2>
            <p className="course-card__summary" lang={course.contentLocale}>
              {course.summary}
            </p>
            <dl className="meta">
              <div>
                <dt>{t('course.hours')}</dt>
                <dd>{t('course.hoursValue', { hours: format.number(course.hours) })}</dd>
              </div>
              <div>
                <dt>{t('course.languages')}</dt>
                <dd>{format.list(course.languages.map((l) => format.language(l)))}</dd>
              </div>
              <div>
                <dt>{t('translations.availableIn')}</dt>
                <dd className="course-card__available">
                  {course.availableIn.map((code) => (
                    <span key={code} className="tag tag--ok" lang={code}>
                      {languageEndonym(code)}
                    </span>
                  ))}
                </dd>
              </div>
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}
