import { EDITABLE_NEEDS_ASSESSMENT_STATUSES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useCompetencyFramework } from '@/features/planning/api/get-competency-framework';
import { useNeedsAssessment } from '@/features/planning/api/get-needs-assessment';
import { AssessmentFigures } from '@/features/planning/components/assessment-levels';
import { AssessmentStatusTag } from '@/features/planning/components/assessment-status-tag';
import { NeedsAssessmentForm } from '@/features/planning/components/needs-assessment-form';
import { ReviewForm } from '@/features/planning/components/review-form';
import { formatDate } from '@/lib/format';

/**
 * One needs assessment. While a draft (or returned), its unit's coordinator or an admin fills it in — officers per
 * competency role, levels prefilled from what the platform inferred — and submits it; once submitted, an admin
 * approves it or returns it with a note. Approved and submitted assessments read as figures.
 */
export function NeedsAssessmentRoute() {
  const { t, i18n } = useTranslation();
  const { assessmentId = '' } = useParams();
  const me = useSignedInUser();
  const assessment = useNeedsAssessment(assessmentId);
  const framework = useCompetencyFramework();
  if (!assessmentId) return <NotFound />;
  if (!me) return null;
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Page
      title={
        assessment.data
          ? t('planning.detail.title', { unit: assessment.data.unitName })
          : t('planning.detail.titleLoading')
      }
      actions={
        <Link className="button button--secondary" to={paths.app.needsAssessments.getHref()}>
          {t('planning.detail.back')}
        </Link>
      }
    >
      <QueryState query={assessment} loadingLabel={t('planning.detail.loading')}>
        {(a) => (
          <>
            <p>
              {t('planning.detail.assessedOn', { date: formatDate(`${a.assessedOn}T12:00:00Z`, language) })}{' '}
              <AssessmentStatusTag status={a.status} />
            </p>
            {a.reviewNote ? (
              <div className="alert alert--warning" role="note">
                <p>{t('planning.detail.reviewNote', { note: a.reviewNote })}</p>
              </div>
            ) : null}
            <QueryState query={framework} loadingLabel={t('planning.detail.loading')}>
              {(f) =>
                EDITABLE_NEEDS_ASSESSMENT_STATUSES.includes(a.status) ? (
                  <NeedsAssessmentForm key={a.version} assessment={a} framework={f} />
                ) : (
                  <AssessmentFigures assessment={a} framework={f} />
                )
              }
            </QueryState>
            {me.role === 'admin' && a.status === 'submitted' ? <ReviewForm assessmentId={a.id} /> : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}
