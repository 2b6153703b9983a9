import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useAssessment } from '@/features/catalogue/api/get-assessment';
import { useCourse } from '@/features/catalogue/api/get-course';
import { useUpdateCourse } from '@/features/catalogue/api/update-course';
import { AssessmentEditor } from '@/features/catalogue/components/assessment-editor';
import { CourseForm } from '@/features/catalogue/components/course-form';
import { CoursePublication } from '@/features/catalogue/components/course-publication';
import { OutlineEditor } from '@/features/catalogue/components/outline-editor';
import { QuestionBank } from '@/features/catalogue/components/question-bank';
import { courseUpdateInput } from '@/features/catalogue/lib/course-form';

/** Everything about one course for admins: details, publication, modules and lessons, assessment and questions. */
export function AdminCourseEditorRoute() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const course = useCourse(courseId);
  const assessment = useAssessment(courseId);
  const update = useUpdateCourse();
  const [unchanged, setUnchanged] = useState(false);
  if (!courseId) return <NotFound />;

  return (
    <Page
      title={course.data?.title ?? t('courseEditor.title')}
      description={course.data ? <code>{course.data.code}</code> : undefined}
      actions={
        <>
          <Link className="button button--secondary" to={paths.app.course.getHref({ courseId })}>
            {t('courseEditor.view')}
          </Link>
          <Link className="button button--secondary" to={paths.app.adminCohortNew.getHref({ courseId })}>
            {t('courseEditor.schedule')}
          </Link>
        </>
      }
    >
      <QueryState query={course} loadingLabel={t('courseEditor.loading')}>
        {(data) => (
          <>
            <div className="editor-grid section">
              <section className="card" aria-labelledby="details-title">
                <h2 id="details-title">{t('courseEditor.details')}</h2>
                <CourseForm
                  key={data.id}
                  course={data}
                  submitLabel={t('courseEditor.saveDetails')}
                  pending={update.isPending}
                  error={update.error}
                  savedMessage={unchanged ? t('forms.noChanges') : update.isSuccess ? t('forms.saved') : undefined}
                  onSubmit={(values) => {
                    const changes = courseUpdateInput(values, data);
                    setUnchanged(Object.keys(changes).length === 0);
                    if (Object.keys(changes).length > 0) update.mutate({ id: data.id, ...changes });
                  }}
                />
              </section>
              <CoursePublication course={data} />
            </div>
            <div className="section">
              <OutlineEditor course={data} />
            </div>
            <section className="card section" aria-labelledby="assessment-editor-title">
              <h2 id="assessment-editor-title">{t('courseEditor.assessment')}</h2>
              <QueryState query={assessment} loadingLabel={t('courseEditor.loadingAssessment')}>
                {(rules) => (
                  <>
                    <AssessmentEditor courseId={data.id} assessment={rules} />
                    {rules ? <QuestionBank courseId={data.id} assessment={rules} /> : null}
                  </>
                )}
              </QueryState>
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}
