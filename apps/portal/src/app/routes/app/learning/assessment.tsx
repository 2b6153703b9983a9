import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useAttempts } from '@/features/assessments/api/get-attempts';
import { AttemptsHistory } from '@/features/assessments/components/attempts-history';
import { StartAttemptButton } from '@/features/assessments/components/start-attempt-button';
import { hasPassed, openAttempt } from '@/features/assessments/lib/attempts';
import { useCourse } from '@/features/catalogue/api/get-course';
import { AssessmentRules } from '@/features/catalogue/components/assessment-rules';
import { useEnrolment } from '@/features/enrolments/api/get-enrolment';
import { readyForAssessment } from '@/features/enrolments/lib/next-step';
import { useOnline } from '@/lib/connectivity';

/** Before an attempt: the rules, earlier attempts, and Start (or Resume) once every lesson is done. */
export function AssessmentRoute() {
  const { t } = useTranslation();
  const { enrolmentId = '' } = useParams();
  const enrolment = useEnrolment(enrolmentId);
  const course = useCourse(enrolment.data?.courseId);
  const attempts = useAttempts(enrolmentId);
  const online = useOnline();
  if (!enrolmentId) return <NotFound />;

  return (
    <Page
      title={t('assessment.title')}
      description={enrolment.data?.courseTitle}
      actions={
        <Link className="button button--secondary" to={paths.app.myLearning.getHref()}>
          {t('lesson.backToMyLearning')}
        </Link>
      }
    >
      {online ? null : (
        <p className="alert alert--warning" role="status">
          {t('offline.assessmentOffline')}
        </p>
      )}
      <QueryState query={enrolment} loadingLabel={t('assessment.loading')}>
        {(e) => (
          <div className="columns">
            <section className="card" aria-labelledby="rules-title">
              <h2 id="rules-title">{t('assessment.rules')}</h2>
              <QueryState query={course}>{(c) => <AssessmentRules assessment={c.assessment} />}</QueryState>
            </section>
            <section className="card" aria-labelledby="sit-title">
              <h2 id="sit-title">{t('assessment.sit')}</h2>
              <QueryState query={attempts}>
                {(list) => {
                  const open = openAttempt(list, Date.now());
                  const limit = course.data?.assessment?.attemptLimit;
                  const left = limit === undefined ? undefined : Math.max(0, limit - list.length);
                  if (hasPassed(list)) return <p className="alert alert--success">{t('assessment.alreadyPassed')}</p>;
                  if (open) return <StartAttemptButton enrolmentId={enrolmentId} resume />;
                  if (e.status !== 'enrolled')
                    return (
                      <p className="alert alert--info">
                        {t('assessment.notEnrolled', { status: t(`enrolmentStatus.${e.status}`) })}
                      </p>
                    );
                  if (!readyForAssessment(e))
                    return (
                      <>
                        <p className="alert alert--info">{t('assessment.finishLessonsFirst')}</p>
                        {e.nextLessonId ? (
                          <Link
                            className="button"
                            to={paths.app.lesson.getHref({ enrolmentId, lessonId: e.nextLessonId })}
                          >
                            {t('myLearning.continue', { lesson: e.nextLessonTitle ?? '' })}
                          </Link>
                        ) : null}
                      </>
                    );
                  if (course.data && !course.data.assessment)
                    return <p className="alert alert--info">{t('course.noAssessment')}</p>;
                  if (left === 0) return <p className="alert alert--error">{t('assessment.noAttemptsLeft')}</p>;
                  return (
                    <>
                      {left !== undefined ? <p>{t('assessment.attemptsLeft', { left })}</p> : null}
                      <StartAttemptButton enrolmentId={enrolmentId} />
                    </>
                  );
                }}
              </QueryState>
            </section>
          </div>
        )}
      </QueryState>
      <section aria-labelledby="history-title" className="section">
        <h2 id="history-title">{t('assessment.history')}</h2>
        <QueryState query={attempts}>{(list) => <AttemptsHistory attempts={list} />}</QueryState>
      </section>
    </Page>
  );
}
