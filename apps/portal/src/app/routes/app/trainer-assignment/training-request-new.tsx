import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useAllCourses } from '@/features/catalogue/api/get-courses';
import { useRaiseTrainingRequest } from '@/features/trainer-assignment/api/raise-training-request';
import { TrainingRequestForm } from '@/features/trainer-assignment/components/training-request-form';
import { trainingRequestBody } from '@/features/trainer-assignment/lib/request-form';
import { useListParams } from '@/hooks/use-list-params';

/** A coordinator asks for a course to be taught to the unit; the request's page then follows the matcher. */
export function TrainingRequestNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { courseId } = useListParams(['courseId']);
  const courses = useAllCourses();
  const raise = useRaiseTrainingRequest();
  return (
    <Page
      title={t('assignment.raise.title')}
      description={t('assignment.raise.description')}
      actions={
        <Link className="button button--secondary" to={paths.app.trainingRequests.getHref()}>
          {t('assignment.request.back')}
        </Link>
      }
    >
      <section className="card">
        <QueryState query={courses} loadingLabel={t('assignment.raise.loadingCourses')}>
          {(list) => {
            const published = list.filter((c) => c.status === 'published');
            return published.length === 0 ? (
              <p className="empty">{t('assignment.raise.noCourses')}</p>
            ) : (
              <TrainingRequestForm
                courses={published}
                defaultCourseId={courseId}
                pending={raise.isPending}
                error={raise.error}
                onSubmit={(values) =>
                  raise.mutate(trainingRequestBody(values), {
                    onSuccess: (request) => navigate(paths.app.trainingRequest.getHref({ requestId: request.id })),
                  })
                }
              />
            );
          }}
        </QueryState>
      </section>
    </Page>
  );
}
