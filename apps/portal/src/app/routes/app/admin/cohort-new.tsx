import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { Page } from '@/components/ui/page';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCreateCohort } from '@/features/cohorts/api/create-cohort';
import { CohortForm } from '@/features/cohorts/components/cohort-form';
import { cohortCreateInput } from '@/features/cohorts/lib/cohort-form';
import { useListParams } from '@/hooks/use-list-params';
import { TrainerPickerField } from '@/features/trainer-assignment/components/trainer-picker-field';
import { useCohortFormOptions } from './cohort-options';

/** Schedules a cohort; it starts as planned and opens for enrolment from its editor. */
export function AdminCohortNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { courseId } = useListParams(['courseId']);
  const options = useCohortFormOptions();
  const create = useCreateCohort();
  return (
    <Page title={t('adminCohorts.newTitle')} description={t('adminCohorts.newDescription')}>
      <section className="card">
        {options.error ? <ErrorMessage error={options.error} onRetry={options.retry} /> : null}
        {options.pending ? (
          <Spinner label={t('adminCohorts.loadingOptions')} />
        ) : (
          <CohortForm
            defaultCourseId={courseId}
            courses={options.courses}
            policeUnits={options.policeUnits}
            trainerField={(field) => <TrainerPickerField {...field} />}
            countries={options.countries}
            submitLabel={t('adminCohorts.create')}
            pending={create.isPending}
            error={create.error}
            onSubmit={(values) =>
              create.mutate(cohortCreateInput(values), {
                onSuccess: (cohort) => navigate(paths.app.adminCohort.getHref({ cohortId: cohort.id })),
              })
            }
          />
        )}
      </section>
    </Page>
  );
}
