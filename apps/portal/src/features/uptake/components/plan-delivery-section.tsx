import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_UNITS_PER_AREA } from '@icspa/domain';
import { QueryState } from '@/components/ui/query-state';
import { Table, type Column } from '@/components/ui/table';
import {
  usePlanDelivery,
  type PlanDeliveryCountry,
  type PlanDeliveryQuarter,
} from '@/features/uptake/api/get-plan-delivery';
import { countText, countValue } from '@/features/uptake/lib/count';
import { useFormat } from '@/hooks/use-format';
import { AsOf } from './as-of';
import { BarChart } from './bar-chart';
import { CountText, NotAvailable } from './figure-text';
import { ChartPair } from './trends-section';

type Figures = PlanDeliveryCountry | PlanDeliveryQuarter;
const SERIES = ['planned', 'trained', 'certified'] as const;

function useFigureColumns<R extends Figures>(): Column<R>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    ...SERIES.map((key) => ({
      key,
      header: t(`uptake.planDelivery.${key}`),
      numeric: true,
      cell: (r: R) => <CountText value={r[key]} />,
    })),
    {
      key: 'delivery',
      header: t('uptake.planDelivery.delivery'),
      numeric: true,
      cell: (r: R) => (r.delivery === null ? <NotAvailable /> : format.percent(r.delivery)),
    },
  ];
}

/** Plan delivery per country: the table beside the map when the map is coloured by it. */
export function PlanDeliveryCountryTable({
  rows,
  caption,
  busy,
}: {
  rows: readonly PlanDeliveryCountry[];
  caption: string;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<PlanDeliveryCountry>[] = [
    { key: 'country', header: t('uptake.planDelivery.country'), cell: (r) => format.country(r.countryCode) },
    ...useFigureColumns<PlanDeliveryCountry>(),
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.countryCode}
      empty={t('uptake.planDelivery.empty')}
      busy={busy}
    />
  );
}

/**
 * Plan delivery: officers the approved workplans plan to train against those trained and certified — per
 * country (unless the map above shows it), and per quarter as a chart with its table beside it (plan against
 * actual over time, of the chosen country or of all). Withheld areas show dashes, as everywhere in uptake.
 */
export function PlanDeliverySection({
  country,
  place,
  countriesOnMap = false,
}: {
  country?: string;
  place: string;
  /** The map is coloured by plan delivery, with the per-country table beside it. */
  countriesOnMap?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const delivery = usePlanDelivery(country);
  const quarterColumns: Column<PlanDeliveryQuarter>[] = [
    { key: 'quarter', header: t('uptake.planDelivery.quarter'), cell: (r) => r.quarter },
    ...useFigureColumns<PlanDeliveryQuarter>(),
  ];
  const title = t('uptake.planDelivery.title', { place });
  return (
    <section className="uptake-section" aria-labelledby={headingId}>
      <div className="table-block__head">
        <h2 id={headingId}>{title}</h2>
      </div>
      <p className="muted">{t('uptake.planDelivery.description')}</p>
      <QueryState query={delivery} loadingLabel={t('uptake.loading')}>
        {(data) => {
          const quarters = data.quarters;
          const withheld = quarters.length > 0 && quarters.every((q) => q.withheld);
          return (
            <>
              <AsOf asOf={data.asOf} suppressed={data.suppressed} />
              {country || countriesOnMap ? null : (
                <PlanDeliveryCountryTable
                  rows={data.countries}
                  caption={t('uptake.planDelivery.byCountry')}
                  busy={delivery.isPlaceholderData}
                />
              )}
              {withheld ? (
                <p className="muted">{t('uptake.planDelivery.withheld', { place, min: MIN_UNITS_PER_AREA })}</p>
              ) : (
                <ChartPair
                  title={t('uptake.planDelivery.byQuarter')}
                  chart={
                    <BarChart
                      months={quarters.map((q) => q.quarter)}
                      series={SERIES.map((key) => ({
                        key,
                        label: t(`uptake.planDelivery.${key}`),
                        values: quarters.map((q) => countValue(q[key])),
                        texts: quarters.map((q) => countText(q[key], format.number)),
                      }))}
                      title={t('uptake.planDelivery.chartTitle', { place })}
                      description={t('uptake.planDelivery.chartDescription')}
                      formatNumber={format.number}
                      monthLabel={(quarter) => quarter}
                    />
                  }
                >
                  <Table
                    caption={t('uptake.planDelivery.byQuarter')}
                    columns={quarterColumns}
                    rows={quarters}
                    rowKey={(r) => r.quarter}
                    empty={t('uptake.planDelivery.empty')}
                    busy={delivery.isPlaceholderData}
                  />
                </ChartPair>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
