import { useTranslation } from 'react-i18next';
import type { Cohort } from '@/features/cohorts/api/get-cohorts';
import { CohortFacts } from './cohort-facts';
import { EnrolAction } from './enrol-action';

interface UpcomingCohortsProps {
  cohorts: readonly Cohort[];
  courseTitle: string;
  /** Officers and coordinators may enrol themselves. */
  canEnrol: boolean;
}

/** A course's coming runs, each with its facts and, for learners, the way in. */
export function UpcomingCohorts({ cohorts, courseTitle, canEnrol }: UpcomingCohortsProps) {
  const { t } = useTranslation();
  if (cohorts.length === 0) return <p className="empty">{t('course.noCohorts')}</p>;
  return (
    <ul className="cohort-list">
      {cohorts.map((cohort) => (
        <li key={cohort.id} className="card cohort-card">
          <CohortFacts cohort={cohort} />
          {cohort.requiresApproval ? <p className="muted cohort-card__note">{t('cohort.requiresApproval')}</p> : null}
          {canEnrol ? (
            cohort.status === 'open' ? (
              <EnrolAction cohort={cohort} courseTitle={courseTitle} />
            ) : (
              <p className="muted cohort-card__note">{t(`cohort.notOpen.${cohort.status}`)}</p>
            )
          ) : null}
        </li>
      ))}
    </ul>
  );
}
