import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { CountryFilter } from '@/features/countries/components/country-filter';
import { usePoliceUnits } from '@/features/police-units/api/get-police-units';
import { PoliceUnitsTable } from '@/features/police-units/components/police-units-table';
import { useListParams } from '@/hooks/use-list-params';

export function PoliceUnitsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { page, region, country } = useListParams(['region', 'country']);
  const units = usePoliceUnits({ page, region, country });
  return (
    <Page title={t('policeUnits.title')} description={t('policeUnits.description')}>
      <CountryFilter
        value={{ region, country }}
        onChange={(next) => navigate(paths.app.policeUnits.getHref(next), { preventScrollReset: true })}
      />
      <QueryState query={units} loadingLabel={t('policeUnits.loading')}>
        {(data) => (
          <>
            <PoliceUnitsTable units={data.items} busy={units.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(p) => paths.app.policeUnits.getHref({ region, country, page: p })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
