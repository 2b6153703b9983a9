import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useCertifications } from '@/features/certifications/api/get-certifications';
import { useLocalTrainerApplications } from '@/features/trainer-assignment/api/get-local-trainer-applications';
import { LocalTrainerApplicationsTable } from '@/features/trainer-assignment/components/local-trainer-applications-table';
import { LocalTrainerApplyForm } from '@/features/trainer-assignment/components/local-trainer-apply-form';
import { useListParams } from '@/hooks/use-list-params';

/**
 * Local trainers: an officer applies on the strength of a train-the-trainer certification and follows their
 * application; the unit's coordinator and admins confirm or refuse. A confirmed local trainer finds their
 * trainer pages (proposals, the cohorts they teach) from here.
 */
export function LocalTrainersRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const { page } = useListParams();
  const applications = useLocalTrainerApplications({ page });
  const applicant = me?.role === 'officer' || me?.role === 'coordinator';
  const side = me?.role === 'admin' ? 'admin' : me?.role === 'coordinator' ? 'coordinator' : null;
  return (
    <Page title={t('localTrainers.title')} description={t('localTrainers.description')}>
      {applicant ? <ApplySection /> : null}
      <section aria-labelledby="local-trainer-applications">
        <h2 id="local-trainer-applications">{t('localTrainers.applications')}</h2>
        <QueryState query={applications} loadingLabel={t('localTrainers.loading')}>
          {(data) => {
            const confirmed = data.items.some((a) => a.officerId === me?.id && a.status === 'confirmed');
            return (
              <>
                {confirmed ? (
                  <p className="alert alert--success">
                    {t('localTrainers.youAre')} <Link to={paths.app.proposals.getHref()}>{t('nav.proposals')}</Link>
                    {' · '}
                    <Link to={paths.app.myCohorts.getHref()}>{t('nav.myCohorts')}</Link>
                  </p>
                ) : null}
                <LocalTrainerApplicationsTable
                  applications={data.items}
                  caption={t('localTrainers.applications')}
                  empty={t('localTrainers.empty')}
                  side={side}
                  userId={me?.id ?? ''}
                />
                <Pager
                  page={data.page}
                  pageSize={data.pageSize}
                  total={data.total}
                  hrefFor={(p) => paths.app.localTrainers.getHref({ page: p })}
                />
              </>
            );
          }}
        </QueryState>
      </section>
    </Page>
  );
}

/** The applicant's active certifications to choose from (the API accepts a train-the-trainer one only). */
function ApplySection() {
  const { t } = useTranslation();
  const certifications = useCertifications({ page: 1, pageSize: 100, status: 'active' });
  return (
    <section aria-labelledby="local-trainer-apply">
      <h2 id="local-trainer-apply">{t('localTrainers.apply.title')}</h2>
      <p>{t('localTrainers.apply.intro')}</p>
      <QueryState query={certifications} loadingLabel={t('localTrainers.apply.loading')}>
        {(data) => (
          <LocalTrainerApplyForm
            certifications={data.items.map((c) => ({
              id: c.id,
              programmeName: c.programmeName,
              expiresAt: c.expiresAt,
            }))}
          />
        )}
      </QueryState>
    </section>
  );
}
