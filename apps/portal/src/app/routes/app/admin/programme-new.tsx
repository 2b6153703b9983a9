import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { Page } from '@/components/ui/page';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useAllCourses } from '@/features/catalogue/api/get-courses';
import { useCreateProgramme } from '@/features/certifications/api/create-programme';
import { ProgrammeForm } from '@/features/certifications/components/programme-form';
import { programmeCreateInput } from '@/features/certifications/lib/programme-form';

/** A new certification programme over published courses; its editor opens next. */
export function AdminProgrammeNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const courses = useAllCourses({ status: 'published' });
  const create = useCreateProgramme();
  return (
    <Page
      title={t('certification.programmeEditor.newTitle')}
      description={t('certification.programmeEditor.newDescription')}
    >
      <section className="card">
        {courses.isPending ? (
          <Spinner label={t('certification.programmeEditor.loadingCourses')} />
        ) : courses.isError ? (
          <ErrorMessage error={courses.error} onRetry={() => void courses.refetch()} />
        ) : (
          <ProgrammeForm
            courses={courses.data}
            submitLabel={t('certification.programmeEditor.create')}
            pending={create.isPending}
            error={create.error}
            onSubmit={(values) =>
              create.mutate(programmeCreateInput(values), {
                onSuccess: (programme) => navigate(paths.app.adminProgramme.getHref({ programmeId: programme.id })),
              })
            }
          />
        )}
      </section>
    </Page>
  );
}
