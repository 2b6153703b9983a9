import { MAX_PAGE_SIZE, UNIT_ROLES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useCourse } from '@/features/catalogue/api/get-course';
import { AssessmentRules } from '@/features/catalogue/components/assessment-rules';
import { CourseOutline } from '@/features/catalogue/components/course-outline';
import { CourseOverview } from '@/features/catalogue/components/course-overview';
import { useCohorts } from '@/features/cohorts/api/get-cohorts';
import { UpcomingCohorts } from '@/features/cohorts/components/upcoming-cohorts';
import { useEnrolments } from '@/features/enrolments/api/get-enrolments';
import { CancelSwitchButton } from '@/features/enrolments/components/cancel-switch-button';
import { TranslationNote } from '@/components/ui/translation-note';

/**
 * A course: what it covers, how it is assessed, and its coming cohorts — for learners, where they stand in
 * each run, with Enrol, Switch to this run, or nothing where enrolment has closed.
 */
export function CourseRoute() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const me = useSignedInUser();
  const course = useCourse(courseId);
  const cohorts = useCohorts({ page: 1, pageSize: 50, courseId, upcoming: true });
  const canEnrol = me ? UNIT_ROLES.includes(me.role) : false;
  const own = useEnrolments({ page: 1, pageSize: MAX_PAGE_SIZE, mine: true, courseId }, { enabled: canEnrol });
  if (!courseId) return <NotFound />;

  return (
    <Page
      title={course.data?.title ?? t('course.title')}
      actions={
        me?.role === 'admin' ? (
          <Link className="button button--secondary" to={paths.app.adminCourse.getHref({ courseId })}>
            {t('course.edit')}
          </Link>
        ) : (
          <Link className="button button--secondary" to={paths.app.catalogue.getHref()}>
            {t('course.backToCatalogue')}
          </Link>
        )
      }
    >
      <QueryState query={course} loadingLabel={t('course.loading')}>
        {(data) => (
          <>
            <TranslationNote meta={data.translation} kind="course" sourceLocale={data.sourceLocale} />
            <div lang={data.contentLocale}>
              <CourseOverview course={data} />
            </div>
            <div className="columns section">
              <section aria-labelledby="outline-title">
                <h2 id="outline-title">{t('course.outline')}</h2>
                <CourseOutline modules={data.modules} />
              </section>
              <section aria-labelledby="assessment-title">
                <h2 id="assessment-title">{t('course.assessment')}</h2>
                <AssessmentRules assessment={data.assessment} />
              </section>
            </div>
            <section aria-labelledby="cohorts-title" className="section">
              <h2 id="cohorts-title">{t('course.cohorts')}</h2>
              <QueryState query={cohorts} loadingLabel={t('course.loadingCohorts')}>
                {(page) => (
                  <UpcomingCohorts
                    cohorts={page.items}
                    courseTitle={data.title}
                    canEnrol={canEnrol}
                    ownEnrolments={own.data?.items}
                    renderCancelSwitch={(enrolmentId) => <CancelSwitchButton enrolmentId={enrolmentId} />}
                  />
                )}
              </QueryState>
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}
