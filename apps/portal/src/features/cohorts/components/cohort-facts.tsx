import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';

/** Where a cohort stands: "Online", or city and country. */
export function CohortPlace({ cohort }: { cohort: Pick<Cohort, 'deliveryMode' | 'city' | 'countryCode'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (cohort.deliveryMode === 'online' || !cohort.countryCode) return <>{t('deliveryMode.online')}</>;
  return <>{[cohort.city, format.country(cohort.countryCode)].filter(Boolean).join(', ')}</>;
}

/** A cohort's dates, delivery, language, place, seats, waitlist and trainer. */
export function CohortFacts({ cohort, showSeats = true }: { cohort: Cohort; showSeats?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="meta">
      <div>
        <dt>{t('cohort.dates')}</dt>
        <dd>
          <time dateTime={cohort.startsAt}>{format.dateRange(cohort.startsAt, cohort.endsAt)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('cohort.delivery')}</dt>
        <dd>{t(`deliveryMode.${cohort.deliveryMode}`)}</dd>
      </div>
      <div>
        <dt>{t('cohort.language')}</dt>
        <dd>{format.language(cohort.language)}</dd>
      </div>
      {cohort.deliveryMode === 'online' ? null : (
        <div>
          <dt>{t('cohort.place')}</dt>
          <dd>
            <CohortPlace cohort={cohort} />
          </dd>
        </div>
      )}
      {showSeats ? (
        <>
          <div>
            <dt>{t('cohort.seatsLeft')}</dt>
            <dd>
              {t('cohort.seatsOf', { left: format.number(cohort.seatsLeft), capacity: format.number(cohort.capacity) })}
            </dd>
          </div>
          <div>
            <dt>{t('cohort.waitlist')}</dt>
            <dd>{format.number(cohort.waitlisted)}</dd>
          </div>
        </>
      ) : null}
      <div>
        <dt>{t('cohort.trainer')}</dt>
        <dd>
          {cohort.trainerName ? (
            format.officer(cohort.trainerName, cohort.trainerPseudonym)
          ) : (
            <span className="muted">{t('cohort.noTrainer')}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
