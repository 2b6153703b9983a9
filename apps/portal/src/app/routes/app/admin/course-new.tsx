import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCreateCourse } from '@/features/catalogue/api/create-course';
import { CourseForm } from '@/features/catalogue/components/course-form';
import { courseCreateInput } from '@/features/catalogue/lib/course-form';

/** A new course, created as a draft; the editor opens next for its outline and assessment. */
export function AdminCourseNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCourse();
  return (
    <Page title={t('adminCourses.newTitle')} description={t('adminCourses.newDescription')}>
      <section className="card">
        <CourseForm
          submitLabel={t('adminCourses.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(courseCreateInput(values), {
              onSuccess: (course) => navigate(paths.app.adminCourse.getHref({ courseId: course.id })),
            })
          }
        />
      </section>
    </Page>
  );
}
