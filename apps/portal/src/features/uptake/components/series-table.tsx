import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { UptakeMonth } from '@/features/uptake/api/get-uptake-series';
import { countValue } from '@/features/uptake/lib/count';
import { CountText } from './figure-text';

export type SeriesFigure = Exclude<keyof UptakeMonth, 'month'>;

/** A chart's monthly figures as a table, sortable (oldest month first to begin with). */
export function SeriesTable({
  months,
  figures,
  caption,
  busy,
}: {
  months: readonly UptakeMonth[];
  figures: readonly SeriesFigure[];
  caption: string;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<UptakeMonth>[] = [
    {
      key: 'month',
      header: t('uptake.month'),
      sortValue: (m) => m.month,
      cell: (m) => (
        <time className="nowrap" dateTime={m.month}>
          {format.month(m.month)}
        </time>
      ),
    },
    ...figures.map((figure): Column<UptakeMonth> => ({
      key: figure,
      header: t(`uptake.figures.${figure}`),
      numeric: true,
      sortValue: (m) => countValue(m[figure]),
      cell: (m) => <CountText value={m[figure]} />,
    })),
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={months}
      rowKey={(m) => m.month}
      empty={t('uptake.empty')}
      busy={busy}
    />
  );
}
