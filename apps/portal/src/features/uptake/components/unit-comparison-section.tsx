import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import { uptakeExportHref } from '@/features/uptake/api/export-uptake';
import { useMyUnitUptake } from '@/features/uptake/api/get-my-unit-uptake';
import type { UptakePeriodFilter } from '@/features/uptake/api/uptake-filter';
import { anyAverageWithheld, comparisonLines, type ComparisonLine } from '@/features/uptake/lib/comparison';
import { countText, isSuppressed } from '@/features/uptake/lib/count';
import { AsOf } from './as-of';
import { PairedBarChart } from '@/components/ui/paired-bar-chart';
import { ChartPair } from './trends-section';

/** A coordinator's unit beside the mean unit of its country, figure by figure: a bar chart and its table. */
export function UnitComparisonSection({ period }: { period: UptakePeriodFilter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const mine = useMyUnitUptake(period);

  const text = (line: ComparisonLine, value: number | string | null): string => {
    if (value === null) return t('uptake.notAvailable');
    if (typeof value === 'string') return value; // "<5"
    if (line.kind === 'rate') return format.percent(value * 100);
    if (line.kind === 'hours') return format.unit(Math.round(value * 10) / 10, 'hour');
    return countText(value, format.number);
  };
  /** The country's mean as shown: "withheld" where it would give away other units' small counts. */
  const averageText = (line: ComparisonLine): string =>
    line.averageWithheld ? t('uptake.unit.withheld') : text(line, line.average);

  return (
    <QueryState query={mine} loadingLabel={t('uptake.loading')}>
      {(data) => {
        const lines = comparisonLines(data.unit, data.countryAverage, data.countryUnits);
        const country = data.unit.countryCode ? format.country(data.unit.countryCode) : '';
        const title = t('uptake.unit.compared', { unit: data.unit.name, country });
        const averageLabel = t('uptake.unit.countryAverage', { country });
        const columns: Column<ComparisonLine>[] = [
          {
            key: 'figure',
            header: t('uptake.unit.figure'),
            sortValue: (l) => t(`uptake.figures.${l.figure}`),
            cell: (l) => t(`uptake.figures.${l.figure}`),
          },
          {
            key: 'unit',
            header: t('uptake.unit.yourUnit'),
            numeric: true,
            sortValue: (l) => l.unitValue,
            cell: (l) => text(l, l.unit),
          },
          {
            key: 'average',
            header: averageLabel,
            numeric: true,
            sortValue: (l) => l.average,
            cell: (l) => averageText(l),
          },
        ];
        return (
          <section className="uptake-section" aria-labelledby={headingId}>
            <h2 id={headingId}>{data.unit.name}</h2>
            <p>{t('uptake.unit.description', { count: format.number(data.countryUnits), country })}</p>
            <AsOf asOf={data.asOf} suppressed={data.suppressed} />
            {anyAverageWithheld(lines) ? <p className="muted">{t('uptake.unit.withheldNote')}</p> : null}
            <ChartPair
              title={title}
              csv={uptakeExportHref('my-unit', period)}
              chart={
                <PairedBarChart
                  rows={lines.map((l) => ({
                    key: l.figure,
                    label: t(`uptake.figures.${l.figure}`),
                    a: { value: l.unitValue, text: text(l, l.unit), uncertain: isSuppressed(l.unit) },
                    b: { value: l.averageWithheld ? null : l.average, text: averageText(l) },
                  }))}
                  labels={[t('uptake.unit.yourUnit'), averageLabel]}
                  sharedScale={false}
                  title={title}
                  description={t('uptake.unit.chartDescription', {
                    from: format.month(data.from, 'long'),
                    to: format.month(data.to, 'long'),
                  })}
                />
              }
            >
              <Table
                caption={title}
                columns={columns}
                rows={lines}
                rowKey={(l) => l.figure}
                empty={t('uptake.empty')}
                busy={mine.isPlaceholderData}
              />
            </ChartPair>
          </section>
        );
      }}
    </QueryState>
  );
}
