import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useEnrol } from '@/features/cohorts/api/enrol';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';
import { enrolOutcome, type EnrolOutcome } from '@/features/cohorts/lib/enrol-outcome';

/** "Enrol" for an open cohort, then what came of it: enrolled, waitlisted with the place, or pending approval. */
export function EnrolAction({
  cohort,
  courseTitle,
  onStart,
}: {
  cohort: Cohort;
  courseTitle: string;
  /** Told when the learner asks, so the page keeps this in view while their standing changes. */
  onStart?: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const enrol = useEnrol();
  const outcome = enrol.data ? enrolOutcome(enrol.data.enrolment, enrol.data.created) : null;
  return (
    <div className="enrol">
      {outcome ? null : (
        <button
          type="button"
          className="button"
          onClick={() => {
            onStart?.();
            enrol.mutate(cohort.id);
          }}
          disabled={enrol.isPending}
          aria-busy={enrol.isPending}
          aria-label={t('enrol.buttonNamed', {
            course: courseTitle,
            dates: format.dateRange(cohort.startsAt, cohort.endsAt),
            language: format.language(cohort.language),
          })}
        >
          {enrol.isPending ? t('enrol.pending') : cohort.seatsLeft > 0 ? t('enrol.button') : t('enrol.joinWaitlist')}
        </button>
      )}
      <div role="status" className="enrol__outcome">
        {outcome ? (
          <p className={outcome.kind === 'enrolled' ? 'alert alert--success' : 'alert alert--info'}>
            <OutcomeText outcome={outcome} /> <Link to={paths.app.myLearning.getHref()}>{t('enrol.toMyLearning')}</Link>
          </p>
        ) : null}
      </div>
      {enrol.isError ? <ErrorMessage error={enrol.error} /> : null}
    </div>
  );
}

function OutcomeText({ outcome }: { outcome: EnrolOutcome }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (outcome.kind) {
    case 'enrolled':
      return <>{t('enrol.outcome.enrolled')}</>;
    case 'pending':
      return <>{t('enrol.outcome.pending')}</>;
    case 'waitlisted':
      return (
        <>
          {outcome.position
            ? t('enrol.outcome.waitlistedAt', { position: format.number(outcome.position) })
            : t('enrol.outcome.waitlisted')}
        </>
      );
    case 'already':
      return (
        <>
          {t('enrol.outcome.already', {
            status:
              outcome.status === 'waitlisted' && outcome.position
                ? t('enrolmentStatus.waitlistedAt', { position: format.number(outcome.position) })
                : t(`enrolmentStatus.${outcome.status}`),
          })}
        </>
      );
  }
}
