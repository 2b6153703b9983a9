import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { useFormat } from '@/hooks/use-format';
import { onOfflineChange, savedCourse, type SavedCourse } from '@/lib/offline-db';
import { useRemoveCourseOffline, useSaveCourseOffline } from '../api/save-course-offline';

/** The course's copy on this device, if any (re-read when saved or removed). */
function useSavedCourse(courseId: string): SavedCourse | null | undefined {
  const [saved, setSaved] = useState<SavedCourse | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () =>
      void savedCourse(courseId)
        .then((c) => live && setSaved(c ?? null))
        .catch(() => live && setSaved(null));
    read();
    const stop = onOfflineChange(read);
    return () => {
      live = false;
      stop();
    };
  }, [courseId]);
  return saved;
}

/**
 * "Save for offline" on a course the officer is enrolled in: its lessons (in the reader's language) and
 * their images are kept on this device, so lessons and outline can be read with no connection. Says when
 * and how much was saved, and removes the copy on request.
 */
export function SaveOffline({
  courseId,
  enrolmentId,
  userId,
}: {
  courseId: string;
  enrolmentId: string;
  userId: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const saved = useSavedCourse(courseId);
  const save = useSaveCourseOffline();
  const remove = useRemoveCourseOffline();
  if (saved === undefined || !('indexedDB' in window)) return null;
  const busy = save.isPending || remove.isPending;
  return (
    <section className="card offline-save" aria-labelledby="offline-save-title">
      <h2 id="offline-save-title">{t('offline.sectionTitle')}</h2>
      {saved ? (
        <p className="offline-save__state" data-saved="true">
          {t('offline.saved', {
            date: format.dateTime(saved.savedAt),
            size: format.fileSize(saved.bytes),
            lessons: format.number(saved.lessonCount),
            language: format.language(saved.language),
          })}
        </p>
      ) : (
        <p className="offline-save__state">{t('offline.sectionHint')}</p>
      )}
      <div className="offline-save__actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-busy={save.isPending}
          onClick={() =>
            save.mutate({ courseId, enrolmentId, userId, language: i18n.resolvedLanguage ?? i18n.language })
          }
        >
          {save.isPending ? t('offline.saving') : saved ? t('offline.saveAgain') : t('offline.save')}
        </button>
        {saved ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => remove.mutate(courseId)}
          >
            {t('offline.remove')}
          </button>
        ) : null}
      </div>
      {save.isError ? <ErrorMessage error={save.error} /> : null}
    </section>
  );
}
