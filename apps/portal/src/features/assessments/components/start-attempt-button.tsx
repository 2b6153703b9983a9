import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { paths } from '@/config/paths';
import { useStartAttempt } from '@/features/assessments/api/start-attempt';

/** Starts an attempt (or resumes the open one) and opens it; the API says why when it cannot (409). */
export function StartAttemptButton({ enrolmentId, resume = false }: { enrolmentId: string; resume?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartAttempt(enrolmentId);
  return (
    <div className="start-attempt">
      {start.isError ? <ErrorMessage error={start.error} /> : null}
      <button
        type="button"
        className="button"
        disabled={start.isPending}
        aria-busy={start.isPending}
        onClick={() =>
          start.mutate(undefined, {
            onSuccess: (attempt) => navigate(paths.app.attempt.getHref({ enrolmentId, attemptId: attempt.id })),
          })
        }
      >
        {start.isPending ? t('assessment.starting') : resume ? t('assessment.resume') : t('assessment.start')}
      </button>
    </div>
  );
}
