import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { useFormat } from '@/hooks/use-format';
import { uptakeExportHref } from '@/features/uptake/api/export-uptake';
import { useUptake, type UptakeRow } from '@/features/uptake/api/get-uptake';
import type { UptakePeriodFilter } from '@/features/uptake/api/uptake-filter';
import { countText, countValue, isSuppressed } from '@/features/uptake/lib/count';
import { largestGapFirst } from '@/features/uptake/lib/figures';
import { AsOf } from './as-of';
import { HotspotGapTable } from './hotspot-gap-table';
import { PairedBarChart } from '@/components/ui/paired-bar-chart';
import { ChartPair } from './trends-section';

/** How many hotspot countries the chart shows (the table has them all). */
const CHART_ROWS = 12;

/** Demand against delivery in the hotspot countries of the selection: seats asked for, seats filled, the gap. */
export function HotspotGapSection({
  period,
  region,
  place,
}: {
  period: UptakePeriodFilter;
  region?: string;
  place: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  // The same query as the map's: one request serves both.
  const countries = useUptake({ level: 'country', region, ...period });
  const nameOf = (row: UptakeRow) => (row.countryCode ? format.country(row.countryCode, row.name) : row.name);

  return (
    <section className="uptake-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('uptake.gap.title', { place })}</h2>
      <p className="muted">{t('uptake.gap.description')}</p>
      <QueryState query={countries} loadingLabel={t('uptake.loading')}>
        {(data) => {
          const hotspots = data.rows.filter((r) => r.hotspot);
          // Countries without a gap (a side hidden) come after every known gap.
          const largest = largestGapFirst(hotspots).slice(0, CHART_ROWS);
          return (
            <>
              <AsOf asOf={data.asOf} suppressed={data.suppressed} />
              <ChartPair
                title={t('uptake.gap.caption', { place })}
                // The API has no hotspot filter: the file holds every country, each with its hotspot column.
                csv={uptakeExportHref('areas', { level: 'country', region, ...period })}
                csvLabel={t('uptake.gap.downloadCsv')}
                chart={
                  <PairedBarChart
                    rows={largest.map((r) => ({
                      key: r.key,
                      label: nameOf(r),
                      a: {
                        value: countValue(r.seatsRequested),
                        text: countText(r.seatsRequested, format.number),
                        uncertain: isSuppressed(r.seatsRequested),
                      },
                      b: {
                        value: countValue(r.seatsFilled),
                        text: countText(r.seatsFilled, format.number),
                        uncertain: isSuppressed(r.seatsFilled),
                      },
                    }))}
                    labels={[t('uptake.figures.seatsRequested'), t('uptake.figures.seatsFilled')]}
                    sharedScale
                    title={t('uptake.gap.chartTitle', { place })}
                    description={t('uptake.gap.chartDescription', { count: format.number(largest.length) })}
                  />
                }
              >
                <HotspotGapTable
                  rows={hotspots}
                  caption={t('uptake.gap.caption', { place })}
                  nameOf={nameOf}
                  busy={countries.isPlaceholderData}
                />
              </ChartPair>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
