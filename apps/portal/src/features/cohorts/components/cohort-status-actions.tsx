import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { useTransitionCohort } from '@/features/cohorts/api/transition-cohort';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';
import { transitionsFor } from '@/features/cohorts/lib/transitions';
import { CohortStatusTag } from './cohort-status-tag';

/** The cohort's status and the changes it allows; cancelling, completing or closing enrolment asks first. */
export function CohortStatusActions({ cohort }: { cohort: Cohort }) {
  const { t } = useTranslation();
  const transition = useTransitionCohort();
  const options = transitionsFor(cohort.status);
  return (
    <section className="card" aria-labelledby="cohort-status-title">
      <h2 id="cohort-status-title">{t('cohortEditor.status')}</h2>
      <p>
        <CohortStatusTag status={cohort.status} />{' '}
        <span className="muted">{t(`cohortEditor.statusHint.${cohort.status}`)}</span>
      </p>
      {transition.isError ? <ErrorMessage error={transition.error} /> : null}
      <p className="visually-hidden" role="status">
        {transition.isSuccess ? t('cohortEditor.statusChanged', { status: t(`cohortStatus.${cohort.status}`) }) : ''}
      </p>
      {options.length === 0 ? (
        <p className="muted">{t('cohortEditor.final')}</p>
      ) : (
        <div className="actions">
          {options.map((option) =>
            option.needsConfirmation ? (
              <ConfirmButton
                key={option.to}
                className={option.danger ? 'button button--danger' : 'button button--secondary'}
                label={t(`cohortEditor.to.${option.to}`)}
                title={t(`cohortEditor.to.${option.to}`)}
                message={t(`cohortEditor.confirm.${option.to}`)}
                confirmLabel={t(`cohortEditor.to.${option.to}`)}
                danger={option.danger}
                busy={transition.isPending && transition.variables?.status === option.to}
                disabled={transition.isPending}
                onConfirm={() => transition.mutate({ id: cohort.id, status: option.to })}
              />
            ) : (
              <button
                key={option.to}
                type="button"
                className="button"
                disabled={transition.isPending}
                aria-busy={(transition.isPending && transition.variables?.status === option.to) || undefined}
                onClick={() => transition.mutate({ id: cohort.id, status: option.to })}
              >
                {t(`cohortEditor.to.${option.to}`)}
              </button>
            ),
          )}
        </div>
      )}
    </section>
  );
}
