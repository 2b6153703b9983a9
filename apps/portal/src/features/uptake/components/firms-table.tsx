import { UPTAKE_FIRM_FIGURES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { UptakeFirm } from '@/features/uptake/api/get-uptake-firms';
import { countValue } from '@/features/uptake/lib/count';
import { CountText } from './figure-text';

/** Each member firm's contribution: trainers, cohorts delivered, assignments proposed and answered. */
export function FirmsTable({ rows, caption, busy }: { rows: readonly UptakeFirm[]; caption: string; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<UptakeFirm>[] = [
    { key: 'name', header: t('uptake.columns.firm'), sortValue: (f) => f.name, cell: (f) => f.name },
    {
      key: 'country',
      header: t('uptake.columns.country'),
      sortValue: (f) => format.country(f.countryCode),
      cell: (f) => format.country(f.countryCode),
    },
    ...UPTAKE_FIRM_FIGURES.map((figure): Column<UptakeFirm> => ({
      key: figure,
      header: t(`uptake.firms.columns.${figure}`),
      numeric: true,
      sortValue: (f) => countValue(f[figure]),
      cell: (f) => <CountText value={f[figure]} />,
    })),
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(f) => f.firmId}
      empty={t('uptake.firms.empty')}
      busy={busy}
      initialSort={{ key: 'cohortsDelivered', direction: 'descending' }}
    />
  );
}
