import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { Spinner } from '@/components/ui/spinner';
import type { Trainer } from '@/features/trainer-assignment/api/get-trainers';
import { TrainerProfileForm } from '@/features/trainer-assignment/components/trainer-profile-form';
import { UnavailabilityEditor } from '@/features/trainer-assignment/components/unavailability-editor';
import { useProfileOptions } from './profile-options';

/** A trainer's profile beside their unavailability: the same page for the trainer, their member admin and admins. */
export function TrainerProfileEditor({ trainer, canSetCourses }: { trainer: Trainer; canSetCourses: boolean }) {
  const { t } = useTranslation();
  const options = useProfileOptions();
  return (
    <div className="editor-grid">
      <section className="card" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('assignment.profile.section')}</h2>
        {options.error ? (
          <ErrorMessage error={options.error} onRetry={options.retry} />
        ) : options.pending ? (
          <Spinner label={t('assignment.profile.loadingOptions')} />
        ) : (
          <TrainerProfileForm
            key={trainer.id}
            trainer={trainer}
            courses={options.courses}
            canSetCourses={canSetCourses}
            countries={options.countries}
          />
        )}
      </section>
      <UnavailabilityEditor trainer={trainer} />
    </div>
  );
}
