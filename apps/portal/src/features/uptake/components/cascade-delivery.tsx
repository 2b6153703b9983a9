import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_UNITS_PER_AREA } from '@icspa/domain';
import { QueryState } from '@/components/ui/query-state';
import { useFormat } from '@/hooks/use-format';
import { useCascadeCountries, type CascadeCountry } from '@/features/uptake/api/get-cascade-countries';
import { useCascadeCountrySeries } from '@/features/uptake/api/get-cascade-country-series';
import { countText, countValue } from '@/features/uptake/lib/count';
import { BarChart } from './bar-chart';
import type { ChartSeries } from './chart-parts';
import { CASCADE_MONTH_FIGURES, CascadeCountriesTable, CascadeMonthsTable } from './cascade-tables';
import { ChartPair } from './trends-section';

/**
 * One country's delivery month by month, local against imported: cohorts taught by its local trainers, by
 * member-firm experts, and co-delivered, as grouped bars with the table beside them. A country withheld outside
 * an admin's view (too few police units) says so and shows nothing.
 */
export function CascadeSeriesView({
  countryCode,
  from,
  to,
  place,
}: {
  countryCode: string;
  from: string;
  to: string;
  place: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const series = useCascadeCountrySeries({ countryCode, from, to });
  return (
    <QueryState query={series} loadingLabel={t('cascade.loading')}>
      {(data) => {
        if (data.withheld)
          return <p className="muted">{t('cascade.delivery.withheld', { place, min: MIN_UNITS_PER_AREA })}</p>;
        const title = t('cascade.delivery.chart', { place });
        const chartSeries: ChartSeries[] = CASCADE_MONTH_FIGURES.map((figure) => ({
          key: figure,
          label: t(`cascade.delivery.${figure}`),
          values: data.months.map((m) => countValue(m[figure])),
          texts: data.months.map((m) => countText(m[figure], format.number)),
        }));
        return (
          <>
            {data.suppressed ? <p className="muted">{t('uptake.suppressedNote')}</p> : null}
            <ChartPair
              title={title}
              chart={
                <BarChart
                  months={data.months.map((m) => m.month)}
                  series={chartSeries}
                  title={title}
                  description={t('cascade.delivery.chartDescription', {
                    from: format.month(data.from, 'long'),
                    to: format.month(data.to, 'long'),
                  })}
                  formatNumber={format.number}
                  monthLabel={(m) => format.month(m)}
                />
              }
            >
              <CascadeMonthsTable months={data.months} caption={title} busy={series.isPlaceholderData} />
            </ChartPair>
          </>
        );
      }}
    </QueryState>
  );
}

/** Per country: officers reached by experts against those reached by local trainers, bars beside the table. */
export function CascadeCountriesView({
  countries,
  place,
  countryHref,
}: {
  countries: readonly CascadeCountry[];
  place: string;
  countryHref?: (country: CascadeCountry) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = countries.filter((c) => !c.withheld);
  const title = t('cascade.delivery.countriesChart', { place });
  const bars = (key: 'byExperts' | 'byLocalTrainers'): ChartSeries => ({
    key,
    label: t(`cascade.columns.${key}`),
    values: shown.map((c) => countValue(c[key])),
    texts: shown.map((c) => countText(c[key], format.number)),
  });
  return (
    <ChartPair
      title={title}
      chart={
        <BarChart
          months={shown.map((c) => c.countryCode)}
          series={[bars('byExperts'), bars('byLocalTrainers')]}
          title={title}
          description={t('cascade.delivery.countriesChartDescription')}
          formatNumber={format.number}
          monthLabel={(code) => format.country(code)}
        />
      }
    >
      <CascadeCountriesTable countries={countries} countryHref={countryHref} />
    </ChartPair>
  );
}

/**
 * The regional dashboard's cascade view: for a country, its delivery month by month over the dashboard's
 * period (local against imported); above a country, each country's officers reached by experts against those
 * reached by local trainers, each leading to its months. Member admins see it under the dashboard's rules.
 */
export function CascadeDeliverySection({
  from,
  to,
  region,
  country,
  place,
  countryHref,
}: {
  from: string;
  to: string;
  region?: string;
  country?: string;
  place: string;
  countryHref: (country: CascadeCountry) => string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="uptake-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cascade.delivery.title', { place })}</h2>
      <p className="muted">{t('cascade.delivery.intro')}</p>
      {country ? (
        <CascadeSeriesView countryCode={country} from={from} to={to} place={place} />
      ) : (
        <CascadeCountries region={region} place={place} countryHref={countryHref} />
      )}
    </section>
  );
}

function CascadeCountries({
  region,
  place,
  countryHref,
}: {
  region?: string;
  place: string;
  countryHref: (country: CascadeCountry) => string;
}) {
  const { t } = useTranslation();
  const countries = useCascadeCountries(region);
  return (
    <QueryState query={countries} loadingLabel={t('cascade.loading')}>
      {(data) => (
        <>
          {data.suppressed ? <p className="muted">{t('uptake.suppressedNote')}</p> : null}
          <p>{t('cascade.delivery.pickCountry')}</p>
          <CascadeCountriesView countries={data.items} place={place} countryHref={countryHref} />
        </>
      )}
    </QueryState>
  );
}
