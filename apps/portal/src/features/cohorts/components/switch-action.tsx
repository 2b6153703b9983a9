import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';
import { useSwitchRun, type SwitchRunResult } from '@/features/cohorts/api/switch-run';

/** "Switch to this run" for a learner who holds a place in another run of the course, then what came of it. */
export function SwitchAction({
  cohort,
  courseTitle,
  fromEnrolmentId,
  onStart,
}: {
  cohort: Cohort;
  courseTitle: string;
  fromEnrolmentId: string;
  onStart?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const switchRun = useSwitchRun();
  return (
    <div className="enrol">
      {switchRun.data ? null : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            onStart?.();
            switchRun.mutate({ enrolmentId: fromEnrolmentId, cohortId: cohort.id });
          }}
          disabled={switchRun.isPending}
          aria-busy={switchRun.isPending}
          aria-label={t('switchRun.buttonNamed', {
            course: courseTitle,
            dates: format.dateRange(cohort.startsAt, cohort.endsAt),
            language: format.language(cohort.language),
          })}
        >
          {switchRun.isPending ? t('switchRun.pending') : t('switchRun.button')}
        </button>
      )}
      <div role="status" className="enrol__outcome">
        {switchRun.data ? (
          <p className={switchRun.data.outcome === 'pending' ? 'alert alert--info' : 'alert alert--success'}>
            <SwitchOutcome result={switchRun.data} />{' '}
            <Link to={paths.app.myLearning.getHref()}>{t('enrol.toMyLearning')}</Link>
          </p>
        ) : null}
      </div>
      {switchRun.isError ? <ErrorMessage error={switchRun.error} /> : null}
    </div>
  );
}

function SwitchOutcome({ result }: { result: SwitchRunResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { enrolment } = result;
  switch (result.outcome) {
    case 'switched':
      return <>{t('switchRun.outcome.switched')}</>;
    case 'pending':
      return (
        <>
          {enrolment.waitlistPosition
            ? t('switchRun.outcome.pendingAt', { position: format.number(enrolment.waitlistPosition) })
            : t('switchRun.outcome.pending')}
        </>
      );
    case 'moved':
      return (
        <>
          {t('switchRun.outcome.moved', {
            status:
              enrolment.status === 'waitlisted' && enrolment.waitlistPosition
                ? t('enrolmentStatus.waitlistedAt', { position: format.number(enrolment.waitlistPosition) })
                : t(`enrolmentStatus.${enrolment.status}`),
          })}
        </>
      );
  }
}
