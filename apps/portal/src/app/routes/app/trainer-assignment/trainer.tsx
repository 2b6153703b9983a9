import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useTrainer } from '@/features/trainer-assignment/api/get-trainer';
import { TrainerProfileEditor } from './trainer-profile-editor';

/** A trainer's profile for their member admin or an admin, who also set the courses the trainer is qualified for. */
export function TrainerRoute() {
  const { t } = useTranslation();
  const { trainerId = '' } = useParams();
  const trainer = useTrainer(trainerId);
  if (!trainerId) return <NotFound />;
  return (
    <Page
      title={
        trainer.data
          ? t('assignment.profile.titleOf', { name: trainer.data.displayName })
          : t('assignment.profile.titleLoading')
      }
      description={
        trainer.data
          ? t('assignment.profile.descriptionOf', { firm: trainer.data.memberFirmName, email: trainer.data.email })
          : undefined
      }
      actions={
        <Link className="button button--secondary" to={paths.app.trainers.getHref()}>
          {t('assignment.profile.back')}
        </Link>
      }
    >
      <QueryState query={trainer} loadingLabel={t('assignment.profile.loading')}>
        {(data) => <TrainerProfileEditor trainer={data} canSetCourses />}
      </QueryState>
    </Page>
  );
}
