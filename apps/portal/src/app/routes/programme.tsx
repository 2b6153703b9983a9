import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StandaloneLayout } from '@/components/layout/standalone-layout';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import { useProgramme } from '@/features/certifications/api/get-programme';
import { SkillList } from '@/features/certifications/components/programmes-table';
import { requirementLabel } from '@/features/certifications/lib/requirement';

/**
 * A certification programme's public page: what a credential's achievement (`achievement.id`) is, for anyone
 * holding the credential (an employer, a court), signed in or not. The API sends browsers that open the
 * achievement's URL here.
 */
export function ProgrammeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  return (
    <StandaloneLayout title={programme.data?.name ?? t('certification.programmePage.title')}>
      <QueryState query={programme} loadingLabel={t('certification.programmePage.loading')}>
        {(p) => {
          const requirement = requirementLabel(p.requiredCount, p.courseIds.length);
          return (
            <>
              <p>{p.description}</p>
              <dl className="details">
                <dt>{t('certification.programmePage.requirement')}</dt>
                <dd>
                  {t(requirement.key, {
                    required: format.number(requirement.required),
                    total: format.number(requirement.total),
                  })}
                </dd>
                <dt>{t('certification.programmePage.validity')}</dt>
                <dd>
                  {t('certification.programmePage.validityFor', { duration: format.unit(p.validityMonths, 'month') })}
                </dd>
                <dt>{t('certification.programmePage.skills')}</dt>
                <dd>
                  <SkillList skills={p.skills} />
                </dd>
              </dl>
              <p className="muted">{t('certification.programmePage.issuer')}</p>
            </>
          );
        }}
      </QueryState>
      <p className="standalone__links">
        <Link to={paths.public.verify.getHref()}>{t('certification.verify.title')}</Link>
        {' · '}
        <Link to={paths.auth.signIn.getHref()}>{t('certification.verify.toAcademy')}</Link>
      </p>
    </StandaloneLayout>
  );
}
