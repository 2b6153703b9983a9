import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/ui/markdown';
import { useFormat } from '@/hooks/use-format';
import type { Lesson } from '@/features/catalogue/api/get-lesson';

/** A lesson's reading time and its Markdown text. */
export function LessonBody({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className="card lesson" aria-label={lesson.title}>
      <p className="muted lesson__minutes">{t('lesson.readingTime', { minutes: format.number(lesson.minutes) })}</p>
      <Markdown text={lesson.body} />
    </article>
  );
}
