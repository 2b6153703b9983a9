import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { usePoliceUnit } from '@/features/police-units/api/get-police-unit';
import { PoliceUnitDetails } from '@/features/police-units/components/police-unit-details';

export function MyUnitRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const unit = usePoliceUnit(me?.policeUnitId);
  if (!me) return null;
  return (
    <Page title={t('myUnit.title')} description={t('myUnit.description')}>
      {me.policeUnitId ? (
        <QueryState query={unit} loadingLabel={t('myUnit.loading')}>
          {(data) => (
            <>
              <PoliceUnitDetails unit={data} />
              <ul className="section link-list">
                <li>
                  <Link to={paths.app.trainingRecord.getHref({ officerId: me.id })}>{t('myUnit.recordLink')}</Link>
                </li>
                {me.role === 'coordinator' ? (
                  <>
                    <li>
                      <Link to={paths.app.unitRoster.getHref()}>{t('myUnit.rosterLink')}</Link>
                    </li>
                    <li>
                      <Link to={paths.app.unitUptake.getHref()}>{t('myUnit.uptakeLink')}</Link>
                    </li>
                    <li>
                      <Link to={paths.app.importOfficers.getHref()}>{t('myUnit.importLink')}</Link>
                    </li>
                  </>
                ) : null}
              </ul>
            </>
          )}
        </QueryState>
      ) : (
        <p className="alert alert--info">{t('myUnit.none')}</p>
      )}
    </Page>
  );
}
