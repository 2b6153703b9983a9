import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { Tag } from '@/components/ui/tag';
import { useUpdateCourse } from '@/features/catalogue/api/update-course';
import type { CourseDetail } from '@/features/catalogue/api/get-course';

/** A course's status with the button that publishes it or withdraws it to draft; the API says what is missing. */
export function CoursePublication({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const update = useUpdateCourse();
  const published = course.status === 'published';
  return (
    <section className="card publication" aria-labelledby="publication-title">
      <h2 id="publication-title">{t('courseEditor.publication')}</h2>
      <p>
        <Tag tone={published ? 'ok' : 'warn'}>{t(`courseStatus.${course.status}`)}</Tag>{' '}
        <span className="muted">{published ? t('courseEditor.publishedHint') : t('courseEditor.draftHint')}</span>
      </p>
      {update.isError ? <ErrorMessage error={update.error} /> : null}
      <button
        type="button"
        className={published ? 'button button--secondary' : 'button'}
        disabled={update.isPending}
        aria-busy={update.isPending}
        onClick={() => update.mutate({ id: course.id, status: published ? 'draft' : 'published' })}
      >
        {update.isPending ? t('forms.saving') : published ? t('courseEditor.unpublish') : t('courseEditor.publish')}
      </button>
    </section>
  );
}
