import { useTranslation } from 'react-i18next';
import { Table, type Column } from '../../../components/ui/table';
import type { UptakeRow } from '../api/get-uptake';
import { countValue } from '../lib/count';
import { CountText, HoursText } from './figure-text';

const GAP_FIGURES = ['seatsRequested', 'seatsFilled', 'seatsGap', 'requestsRaised', 'requestsFilled', 'requestsUnfilled'] as const;

/**
 * Demand against delivery in hotspot countries, the largest gap first. A gap is missing (null) where seats
 * requested or filled is hidden as "<5": it reads "not available" and sorts last either way.
 */
export function HotspotGapTable({ rows, caption, nameOf, busy }: { rows: readonly UptakeRow[]; caption: string; nameOf: (row: UptakeRow) => string; busy?: boolean }) {
  const { t } = useTranslation();
  const columns: Column<UptakeRow>[] = [
    { key: 'name', header: t('uptake.columns.country'), sortValue: nameOf, cell: nameOf },
    ...GAP_FIGURES.map(
      (figure): Column<UptakeRow> => ({
        key: figure,
        header: t(`uptake.figures.${figure}`),
        numeric: true,
        sortValue: (r) => countValue(r[figure]),
        cell: (r) => <CountText value={r[figure]} />,
      }),
    ),
    {
      key: 'medianHoursToTrainer',
      header: t('uptake.figures.medianHoursToTrainer'),
      numeric: true,
      sortValue: (r) => r.medianHoursToTrainer,
      cell: (r) => <HoursText value={r.medianHoursToTrainer} />,
    },
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
