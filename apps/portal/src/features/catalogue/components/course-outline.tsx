import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/hooks/use-format';
import { languageEndonym } from '@/components/ui/translation-note';
import type { TranslationMeta } from '@icspa/domain';
import type { CourseModule } from '@/features/catalogue/api/get-course';

interface CourseOutlineProps {
  modules: readonly CourseModule[];
  /** Lessons done, ticked. */
  completed?: ReadonlySet<string>;
  /** The lesson being read, marked as the current page. */
  currentLessonId?: string;
  /** Makes each lesson a link (in the lesson reader). */
  lessonHref?: (lessonId: string) => string;
}

/** Modules and their lessons in order, with the minutes each takes; ticks for lessons done. */
export function CourseOutline({ modules, completed, currentLessonId, lessonHref }: CourseOutlineProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (modules.length === 0) return <p className="empty">{t('course.noLessons')}</p>;
  return (
    <ol className="outline">
      {modules.map((module) => (
        <li key={module.id} className="outline__module">
          <h3 className="outline__module-title" lang={module.contentLocale}>
            {module.title}
            <ShownIn meta={module.translation} />
          </h3>
          <ol className="outline__lessons">
            {module.lessons.map((lesson) => {
              const done = completed?.has(lesson.id) ?? false;
              const current = lesson.id === currentLessonId;
              return (
                <li
                  key={lesson.id}
                  className={[
                    'outline__lesson',
                    done ? 'outline__lesson--done' : '',
                    current ? 'outline__lesson--current' : '',
                  ]
                    .join(' ')
                    .trim()}
                >
                  {completed ? (
                    <span className="outline__tick" aria-hidden="true">
                      {done ? '✓' : ''}
                    </span>
                  ) : null}
                  <span className="outline__title" lang={lesson.contentLocale}>
                    {lessonHref ? (
                      <Link to={lessonHref(lesson.id)} aria-current={current ? 'page' : undefined}>
                        {lesson.title}
                      </Link>
                    ) : (
                      lesson.title
                    )}
                    <ShownIn meta={lesson.translation} />
                    {done ? <span className="visually-hidden"> ({t('lesson.completed')})</span> : null}
                  </span>
                  <span className="outline__minutes muted">
                    {t('course.minutes', { minutes: format.number(lesson.minutes) })}
                  </span>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/** A marker on an item shown in another language than the reader's: the language it is shown in. */
function ShownIn({ meta }: { meta: TranslationMeta }) {
  const { t, i18n } = useTranslation();
  if (!meta.fallback) return null;
  const name = languageEndonym(meta.locale);
  return (
    <span className="tag tag--muted outline__shown-in" lang={i18n.resolvedLanguage ?? i18n.language}>
      {t('translations.shownIn', { language: name })}
    </span>
  );
}
