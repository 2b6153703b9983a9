import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useCascadeCountries } from '@/features/uptake/api/get-cascade-countries';
import { useCascadeExperts } from '@/features/uptake/api/get-cascade-experts';
import { useCascadeFirms } from '@/features/uptake/api/get-cascade-firms';
import { CascadeCountriesView, CascadeSeriesView } from '@/features/uptake/components/cascade-delivery';
import { CascadeExpertsTable, CascadeFirmsTable } from '@/features/uptake/components/cascade-tables';
import { isMonth, lastMonths } from '@/features/uptake/lib/period';
import { useFormat } from '@/hooks/use-format';
import { useListParams } from '@/hooks/use-list-params';

/**
 * The train-the-trainer cascade: how far member firms' experts reach, directly and through the local
 * trainers they trained (a member admin sees their own firm, aggregated and rounded; admins each expert too),
 * and per country how much delivery is local against imported, a chosen country month by month (member
 * admins under the regional dashboard's rules: a country of too few police units is withheld).
 */
export function CascadeRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSignedInUser();
  const params = useListParams(['country', 'from', 'to']);
  const isAdmin = me?.role === 'admin';
  const firms = useCascadeFirms();
  const experts = useCascadeExperts({ enabled: isAdmin });
  const countries = useCascadeCountries();
  const defaults = lastMonths(12);
  const from = isMonth(params.from) ? params.from : defaults.from;
  const to = isMonth(params.to) ? params.to : defaults.to;
  const country = params.country && /^[A-Z]{2}$/.test(params.country) ? params.country : undefined;
  const firmName = (id: string) => firms.data?.items.find((f) => f.memberFirmId === id)?.name ?? '';
  return (
    <Page title={t('cascade.title')} description={t('cascade.description')}>
      <section aria-labelledby="cascade-firms">
        <h2 id="cascade-firms">{t('cascade.firms')}</h2>
        <QueryState query={firms} loadingLabel={t('cascade.loading')}>
          {(data) => <CascadeFirmsTable firms={data.items} />}
        </QueryState>
      </section>
      {isAdmin ? (
        <section aria-labelledby="cascade-experts">
          <h2 id="cascade-experts">{t('cascade.experts')}</h2>
          <QueryState query={experts} loadingLabel={t('cascade.loading')}>
            {(data) => <CascadeExpertsTable experts={data.items} firmName={firmName} />}
          </QueryState>
        </section>
      ) : null}
      <section aria-labelledby="cascade-countries">
        <h2 id="cascade-countries">{t('cascade.countries')}</h2>
        <QueryState query={countries} loadingLabel={t('cascade.loading')}>
          {(data) => (
            <>
              {data.suppressed ? <p className="muted">{t('uptake.suppressedNote')}</p> : null}
              <p>{t('cascade.delivery.pickCountry')}</p>
              <CascadeCountriesView
                countries={data.items}
                place={t('uptake.world')}
                countryHref={(c) =>
                  paths.app.cascade.getHref({ country: c.countryCode, from: params.from, to: params.to })
                }
              />
            </>
          )}
        </QueryState>
      </section>
      {country ? (
        <section aria-labelledby="cascade-months">
          <h2 id="cascade-months">{t('cascade.delivery.title', { place: format.country(country) })}</h2>
          <CascadeSeriesView countryCode={country} from={from} to={to} place={format.country(country)} />
        </section>
      ) : null}
    </Page>
  );
}
