import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useTrainer } from '@/features/trainer-assignment/api/get-trainer';
import { TrainerProfileEditor } from './trainer-profile-editor';

/** The trainer's own profile and unavailability; the courses they are qualified for are set by others. */
export function AvailabilityRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const trainer = useTrainer(me?.id);
  if (!me) return null;
  return (
    <Page title={t('assignment.profile.titleOwn')} description={t('assignment.profile.descriptionOwn')}>
      <QueryState query={trainer} loadingLabel={t('assignment.profile.loading')}>
        {(data) => <TrainerProfileEditor trainer={data} canSetCourses={false} />}
      </QueryState>
    </Page>
  );
}
