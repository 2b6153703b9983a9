import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { useCascadeCountries } from '@/features/uptake/api/get-cascade-countries';
import { useCascadeFirms } from '@/features/uptake/api/get-cascade-firms';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { CascadeCountriesTable, CascadeFirmsTable } from '@/features/uptake/components/cascade-tables';

/**
 * The train-the-trainer cascade: how far member firms' experts reach, directly and through the local
 * trainers they trained (a member admin sees their own firm, counts rounded), and per country how much
 * delivery is local against imported (admins: a country's figures can be a single unit's).
 */
export function CascadeRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const isAdmin = me?.role === 'admin';
  const firms = useCascadeFirms();
  const countries = useCascadeCountries({ enabled: isAdmin });
  return (
    <Page title={t('cascade.title')} description={t('cascade.description')}>
      <section aria-labelledby="cascade-firms">
        <h2 id="cascade-firms">{t('cascade.firms')}</h2>
        <QueryState query={firms} loadingLabel={t('cascade.loading')}>
          {(data) => <CascadeFirmsTable firms={data.items} />}
        </QueryState>
      </section>
      {isAdmin ? (
        <section aria-labelledby="cascade-countries">
          <h2 id="cascade-countries">{t('cascade.countries')}</h2>
          <QueryState query={countries} loadingLabel={t('cascade.loading')}>
            {(data) => <CascadeCountriesTable countries={data.items} />}
          </QueryState>
        </section>
      ) : null}
    </Page>
  );
}
