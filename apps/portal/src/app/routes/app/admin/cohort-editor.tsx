import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useCohort } from '@/features/cohorts/api/get-cohort';
import { useUpdateCohort } from '@/features/cohorts/api/update-cohort';
import { CohortFacts } from '@/features/cohorts/components/cohort-facts';
import { CohortForm } from '@/features/cohorts/components/cohort-form';
import { CohortStatusActions } from '@/features/cohorts/components/cohort-status-actions';
import { NamedRosterPanel } from '@/features/cohorts/components/named-roster-panel';
import { cohortUpdateInput } from '@/features/cohorts/lib/cohort-form';
import { TrainerPickerField } from '@/features/trainer-assignment/components/trainer-picker-field';
import { useCohortFormOptions } from './cohort-options';

/** One cohort for admins: its schedule to change, its status to move on, and its roster. */
export function AdminCohortEditorRoute() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const cohort = useCohort(cohortId);
  const options = useCohortFormOptions();
  const update = useUpdateCohort();
  const [unchanged, setUnchanged] = useState(false);
  if (!cohortId) return <NotFound />;

  return (
    <Page
      title={
        cohort.data ? t('cohortEditor.title', { course: cohort.data.courseTitle }) : t('cohortEditor.titleLoading')
      }
      description={cohort.data ? <code>{cohort.data.courseCode}</code> : undefined}
      actions={
        <>
          <Link className="button button--secondary" to={paths.app.roster.getHref({ cohortId })}>
            {t('cohortEditor.roster')}
          </Link>
          <Link className="button button--secondary" to={paths.app.adminCohorts.getHref()}>
            {t('cohortEditor.back')}
          </Link>
        </>
      }
    >
      <QueryState query={cohort} loadingLabel={t('cohortEditor.loading')}>
        {(data) => {
          const over = data.status === 'completed' || data.status === 'cancelled';
          return (
            <div className="editor-grid">
              <section className="card" aria-labelledby="schedule-title">
                <h2 id="schedule-title">{t('cohortEditor.schedule')}</h2>
                {over ? (
                  <>
                    <p className="alert alert--info">{t('cohortEditor.overHint')}</p>
                    <CohortFacts cohort={data} />
                  </>
                ) : options.error ? (
                  <ErrorMessage error={options.error} onRetry={options.retry} />
                ) : options.pending ? (
                  <Spinner label={t('adminCohorts.loadingOptions')} />
                ) : (
                  <CohortForm
                    key={data.id}
                    cohort={data}
                    courses={options.courses}
                    policeUnits={options.policeUnits}
                    trainerField={(field) => (
                      <TrainerPickerField
                        {...field}
                        currentTrainer={data.trainerId ? { id: data.trainerId, name: data.trainerName } : undefined}
                      />
                    )}
                    countries={options.countries}
                    submitLabel={t('forms.save')}
                    pending={update.isPending}
                    error={update.error}
                    savedMessage={unchanged ? t('forms.noChanges') : update.isSuccess ? t('forms.saved') : undefined}
                    onSubmit={(values) => {
                      const changes = cohortUpdateInput(values, data);
                      setUnchanged(Object.keys(changes).length === 0);
                      if (Object.keys(changes).length > 0) update.mutate({ id: data.id, ...changes });
                    }}
                  />
                )}
              </section>
              <CohortStatusActions cohort={data} />
              <NamedRosterPanel cohortId={data.id} viewer="admin" />
            </div>
          );
        }}
      </QueryState>
    </Page>
  );
}
