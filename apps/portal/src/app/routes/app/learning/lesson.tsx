import { progressPercent } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { ProgressBar } from '@/components/ui/progress-bar';
import { QueryState } from '@/components/ui/query-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCourse } from '@/features/catalogue/api/get-course';
import { useLesson } from '@/features/catalogue/api/get-lesson';
import { CourseOutline } from '@/features/catalogue/components/course-outline';
import { LessonBody } from '@/features/catalogue/components/lesson-body';
import { completedCount, neighbours, nextLessonToStudy } from '@/features/catalogue/lib/outline';
import { useCompleteLesson } from '@/features/enrolments/api/complete-lesson';
import { useProgress } from '@/features/enrolments/api/get-progress';
import { TranslationNote } from '@/components/ui/translation-note';

/**
 * The lesson reader: the lesson's text, the course outline beside it with lessons done ticked, and
 * "Mark as done and continue", which saves the lesson and opens the next one not yet done.
 */
export function LessonRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { enrolmentId = '', lessonId = '' } = useParams();
  const lesson = useLesson(lessonId);
  const course = useCourse(lesson.data?.courseId);
  const progress = useProgress(enrolmentId);
  const complete = useCompleteLesson(enrolmentId);

  if (!enrolmentId || !lessonId) return <NotFound />;

  const outline = course.data;
  const completed = new Set(progress.data?.completedLessonIds ?? []);
  const enrolment = progress.data?.enrolment;
  const studying = enrolment?.status === 'enrolled';
  const isDone = completed.has(lessonId);
  const around = outline ? neighbours(outline, lessonId) : { previous: null, next: null };
  const module = outline?.modules.find((m) => m.id === lesson.data?.moduleId);
  const counts = outline ? completedCount(outline, completed) : null;
  const lessonHref = (id: string) => paths.app.lesson.getHref({ enrolmentId, lessonId: id });

  const markDoneAndContinue = () =>
    complete.mutate(lessonId, {
      onSuccess: (after) => {
        const next = outline
          ? nextLessonToStudy(outline, lessonId, after.completedLessonIds)
          : after.enrolment.nextLessonId;
        navigate(next ? lessonHref(next) : paths.app.assessment.getHref({ enrolmentId }));
      },
    });

  return (
    <Page
      title={lesson.data?.title ?? t('lesson.title')}
      description={
        outline ? (
          <>
            {outline.title}
            {module ? ` · ${module.title}` : ''}
          </>
        ) : undefined
      }
      actions={
        <Link className="button button--secondary" to={paths.app.myLearning.getHref()}>
          {t('lesson.backToMyLearning')}
        </Link>
      }
    >
      <div className="reader">
        <nav className="reader__outline" aria-labelledby="outline-title">
          <h2 id="outline-title">{t('lesson.outline')}</h2>
          {counts ? (
            <ProgressBar
              value={progressPercent(counts.done, counts.total)}
              label={t('lesson.lessonsDone', { done: counts.done, total: counts.total })}
            />
          ) : null}
          {course.isPending || progress.isPending ? <Spinner label={t('lesson.loadingOutline')} /> : null}
          {course.isError ? <ErrorMessage error={course.error} onRetry={() => void course.refetch()} /> : null}
          {progress.isError ? <ErrorMessage error={progress.error} onRetry={() => void progress.refetch()} /> : null}
          {outline && progress.data ? (
            <CourseOutline
              modules={outline.modules}
              completed={completed}
              currentLessonId={lessonId}
              lessonHref={lessonHref}
            />
          ) : null}
        </nav>
        <div className="reader__main">
          <QueryState query={lesson} loadingLabel={t('lesson.loading')}>
            {(data) => (
              <>
                <TranslationNote meta={data.translation} kind="lesson" sourceLocale={outline?.sourceLocale} />
                <div lang={data.contentLocale}>
                  <LessonBody lesson={data} />
                </div>
              </>
            )}
          </QueryState>
          {enrolment && !studying ? (
            <p className="alert alert--info">
              {t('lesson.notStudying', { status: t(`enrolmentStatus.${enrolment.status}`) })}
            </p>
          ) : null}
          {complete.isError ? <ErrorMessage error={complete.error} /> : null}
          <nav className="reader__actions" aria-label={t('lesson.navigation')}>
            {around.previous ? (
              <Link className="button button--secondary" to={lessonHref(around.previous)} rel="prev">
                <span aria-hidden="true">←</span> {t('lesson.previous')}
              </Link>
            ) : (
              <span />
            )}
            {studying && lesson.data ? (
              <button
                type="button"
                className="button"
                onClick={markDoneAndContinue}
                disabled={complete.isPending}
                aria-busy={complete.isPending}
              >
                {complete.isPending ? t('lesson.saving') : isDone ? t('lesson.continue') : t('lesson.markDone')}{' '}
                <span aria-hidden="true">→</span>
              </button>
            ) : around.next ? (
              <Link className="button" to={lessonHref(around.next)} rel="next">
                {t('lesson.next')} <span aria-hidden="true">→</span>
              </Link>
            ) : null}
          </nav>
        </div>
      </div>
    </Page>
  );
}
