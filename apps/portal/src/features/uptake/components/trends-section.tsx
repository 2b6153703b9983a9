import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_UNITS_PER_AREA } from '@icspa/domain';
import { QueryState } from '@/components/ui/query-state';
import { useFormat } from '@/hooks/use-format';
import { uptakeExportHref } from '@/features/uptake/api/export-uptake';
import { useUptakeSeries, type UptakeMonth } from '@/features/uptake/api/get-uptake-series';
import type { UptakeScopeFilter } from '@/features/uptake/api/uptake-filter';
import { countText, countValue } from '@/features/uptake/lib/count';
import { AsOf } from './as-of';
import { BarChart } from './bar-chart';
import type { ChartSeries } from './chart-parts';
import { CsvLink } from './csv-link';
import { LineChart } from './line-chart';
import { SeriesTable, type SeriesFigure } from './series-table';

/** Month by month: enrolments and completions (lines), training requests raised and filled (bars). */
export function TrendsSection({ filter, place }: { filter: UptakeScopeFilter; place: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const series = useUptakeSeries(filter);
  const csv = uptakeExportHref('series', filter);

  const chartSeries = (months: readonly UptakeMonth[], figures: readonly SeriesFigure[]): ChartSeries[] =>
    figures.map((figure) => ({
      key: figure,
      label: t(`uptake.figures.${figure}`),
      values: months.map((m) => countValue(m[figure])),
      texts: months.map((m) => countText(m[figure], format.number)),
    }));

  return (
    <section className="uptake-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('uptake.trends.title', { place })}</h2>
      <QueryState query={series} loadingLabel={t('uptake.loading')}>
        {(data) => {
          const months = data.months.map((m) => m.month);
          const period = { from: format.month(data.from, 'long'), to: format.month(data.to, 'long') };
          // An area of too few police units has no trend to show (its every count is withheld).
          if (data.withheld)
            return (
              <>
                <AsOf asOf={data.asOf} suppressed={data.suppressed} />
                <p className="muted">{t('uptake.trends.withheld', { place, min: MIN_UNITS_PER_AREA })}</p>
              </>
            );
          return (
            <>
              <AsOf asOf={data.asOf} suppressed={data.suppressed} />
              <ChartPair
                chart={
                  <LineChart
                    months={months}
                    series={chartSeries(data.months, ['enrolments', 'completions'])}
                    title={t('uptake.trends.learning', { place })}
                    description={t('uptake.trends.learningDescription', period)}
                    formatNumber={format.number}
                    monthLabel={(m) => format.month(m)}
                  />
                }
                title={t('uptake.trends.learning', { place })}
                csv={csv}
              >
                <SeriesTable
                  months={data.months}
                  figures={['enrolments', 'completions', 'cohortsDelivered']}
                  caption={t('uptake.trends.learning', { place })}
                  busy={series.isPlaceholderData}
                />
              </ChartPair>
              <ChartPair
                chart={
                  <BarChart
                    months={months}
                    series={chartSeries(data.months, ['requestsRaised', 'requestsFilled'])}
                    title={t('uptake.trends.requests', { place })}
                    description={t('uptake.trends.requestsDescription', period)}
                    formatNumber={format.number}
                    monthLabel={(m) => format.month(m)}
                  />
                }
                title={t('uptake.trends.requests', { place })}
                csv={csv}
              >
                <SeriesTable
                  months={data.months}
                  figures={['requestsRaised', 'requestsFilled']}
                  caption={t('uptake.trends.requests', { place })}
                  busy={series.isPlaceholderData}
                />
              </ChartPair>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

/** A chart with its table beside it (under it on narrow screens). */
export function ChartPair({
  chart,
  title,
  csv,
  csvLabel,
  children,
}: {
  chart: ReactNode;
  title: string;
  /** The table's CSV download, where the API has one. */
  csv?: string;
  csvLabel?: string;
  children: ReactNode;
}) {
  return (
    <div className="chart-pair">
      <div className="chart-pair__head">
        <h3>{title}</h3>
        {csv ? <CsvLink href={csv} table={title} label={csvLabel} /> : null}
      </div>
      <div className="chart-pair__body">
        <div className="chart-pair__chart">{chart}</div>
        <div className="chart-pair__table">{children}</div>
      </div>
    </div>
  );
}
