import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { OfficerImportFlow } from '@/features/officer-imports/components/officer-import-flow';
import { usePoliceUnit } from '@/features/police-units/api/get-police-unit';
import { useListParams } from '@/hooks/use-list-params';

/**
 * Bulk onboarding: a coordinator imports their unit's officers; an admin any unit's, chosen in Police units
 * (`?unit=`).
 */
export function ImportOfficersRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const { unit: requested } = useListParams(['unit']);
  const unitId = me?.role === 'admin' ? requested : (me?.policeUnitId ?? undefined);
  const unit = usePoliceUnit(unitId);
  if (!me) return null;
  return (
    <Page title={t('officerImport.title')} description={t('officerImport.description')}>
      {unitId ? (
        <QueryState query={unit} loadingLabel={t('myUnit.loading')}>
          {(data) => (
            <>
              <p>
                {t('officerImport.forUnit')} <strong>{data.name}</strong>
              </p>
              <OfficerImportFlow key={data.id} policeUnitId={data.id} />
            </>
          )}
        </QueryState>
      ) : (
        <p className="alert alert--info">
          {t('officerImport.chooseUnit')} <Link to={paths.app.policeUnits.getHref()}>{t('policeUnits.title')}</Link>
        </p>
      )}
    </Page>
  );
}
