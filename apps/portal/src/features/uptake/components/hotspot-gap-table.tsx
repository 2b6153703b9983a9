import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import type { UptakeRow } from '@/features/uptake/api/get-uptake';
import { countColumn, medianHoursColumn } from './figure-columns';

const GAP_FIGURES = [
  'seatsRequested',
  'seatsFilled',
  'seatsGap',
  'requestsRaised',
  'requestsFilled',
  'requestsUnfilled',
] as const;

/**
 * Demand against delivery in hotspot countries, the largest gap first. A gap is missing (null) where seats
 * requested or filled is hidden as "<5": it reads "not available" and sorts last either way.
 */
export function HotspotGapTable({
  rows,
  caption,
  nameOf,
  busy,
}: {
  rows: readonly UptakeRow[];
  caption: string;
  nameOf: (row: UptakeRow) => string;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const columns: Column<UptakeRow>[] = [
    { key: 'name', header: t('uptake.columns.country'), sortValue: nameOf, cell: nameOf },
    ...GAP_FIGURES.map((figure) => countColumn(t, figure)),
    medianHoursColumn(t),
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      empty={t('uptake.gap.empty')}
      busy={busy}
      initialSort={{ key: 'seatsGap', direction: 'descending' }}
    />
  );
}
