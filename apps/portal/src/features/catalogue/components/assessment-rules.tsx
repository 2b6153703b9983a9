import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { AssessmentSummary } from '@/features/catalogue/api/get-course';

/** How a course is assessed: pass mark, attempts, questions per attempt and time limit. */
export function AssessmentRules({ assessment }: { assessment: AssessmentSummary | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!assessment) return <p className="empty">{t('course.noAssessment')}</p>;
  return (
    <dl className="details">
      <dt>{t('course.passMark')}</dt>
      <dd>{format.percent(assessment.passMark)}</dd>
      <dt>{t('course.attemptLimit')}</dt>
      <dd>{format.number(assessment.attemptLimit)}</dd>
      <dt>{t('course.questionsPerAttempt')}</dt>
      <dd>{format.number(assessment.questionsPerAttempt)}</dd>
      <dt>{t('course.timeLimit')}</dt>
      <dd>
        {assessment.timeLimitMinutes
          ? t('course.minutes', { minutes: format.number(assessment.timeLimitMinutes) })
          : t('course.noTimeLimit')}
      </dd>
    </dl>
  );
}
