import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useAttempt } from '@/features/assessments/api/get-attempt';
import { AttemptForm } from '@/features/assessments/components/attempt-form';
import { AttemptResult } from '@/features/assessments/components/attempt-result';
import { loadAnswers } from '@/features/assessments/lib/stored-answers';
import { useEnrolment } from '@/features/enrolments/api/get-enrolment';
import { combinedMeta, TranslationNote } from '@/components/ui/translation-note';

/** One attempt: its questions while open, its result once handed in. */
export function AttemptRoute() {
  const { t } = useTranslation();
  const { enrolmentId = '', attemptId = '' } = useParams();
  const attempt = useAttempt(attemptId);
  const enrolment = useEnrolment(enrolmentId);
  // The result takes the focus only when handed in here, not when opened from the history.
  const wasOpen = useRef<boolean | undefined>(undefined);
  if (attempt.data && wasOpen.current === undefined) wasOpen.current = attempt.data.submittedAt === null;
  if (!enrolmentId || !attemptId) return <NotFound />;

  return (
    <Page
      title={attempt.data?.submittedAt ? t('assessment.resultTitle') : t('assessment.attemptTitle')}
      description={enrolment.data?.courseTitle}
    >
      <QueryState query={attempt} loadingLabel={t('assessment.loadingAttempt')}>
        {(data) =>
          data.submittedAt ? (
            <>
              <AttemptResult attempt={data} chosen={loadAnswers(data.id)} focus={wasOpen.current === true} />
              <div className="actions section">
                <Link className="button" to={paths.app.myLearning.getHref()}>
                  {t('lesson.backToMyLearning')}
                </Link>
                {!data.passed && data.attemptsLeft > 0 ? (
                  <Link className="button button--secondary" to={paths.app.assessment.getHref({ enrolmentId })}>
                    {t('assessment.tryAgain')}
                  </Link>
                ) : null}
              </div>
            </>
          ) : (
            <>
              <TranslationNote meta={combinedMeta(data.questions.map((q) => q.translation))} kind="assessment" />
              <AttemptForm attempt={data} />
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
