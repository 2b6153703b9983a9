import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useCountries } from '@/features/countries/api/get-countries';
import { CountryFilter } from '@/features/countries/components/country-filter';
import { CountryRetentionTable } from '@/features/countries/components/country-retention-table';
import { useListParams } from '@/hooks/use-list-params';

/** Admins: each country's retention of officers' personal data (whole years after leaving; empty keeps it). */
export function CountriesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { region, country } = useListParams(['region', 'country']);
  const countries = useCountries({ region });
  return (
    <Page title={t('dataRights.countries.title')} description={t('dataRights.countries.description')}>
      <CountryFilter
        value={{ region, country }}
        onChange={(next) => navigate(paths.app.countries.getHref(next), { preventScrollReset: true })}
      />
      <QueryState query={countries} loadingLabel={t('dataRights.countries.loading')}>
        {(data) => (
          <CountryRetentionTable
            countries={country ? data.filter((c) => c.code === country) : data}
            busy={countries.isFetching}
          />
        )}
      </QueryState>
    </Page>
  );
}
