import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import type { PlanDemandRow } from '@/features/planning/api/get-plan-demand';
import { useFormat } from '@/hooks/use-format';

/** Demand by country, quarter and course; counts as the API rounded them (no unit is ever named). */
export function PlanDemandTable({ rows }: { rows: readonly PlanDemandRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = (value: number | string) => (typeof value === 'number' ? format.number(value) : value);
  const columns: Column<PlanDemandRow>[] = [
    { key: 'country', header: t('planning.demand.country'), cell: (r) => format.country(r.countryCode) },
    { key: 'quarter', header: t('planning.lines.quarter'), cell: (r) => r.quarter },
    { key: 'course', header: t('planning.lines.course'), cell: (r) => r.courseTitle },
    { key: 'officers', header: t('planning.lines.officers'), numeric: true, cell: (r) => count(r.officers) },
    { key: 'requests', header: t('planning.demand.requests'), numeric: true, cell: (r) => count(r.requests) },
  ];
  return (
    <Table
      caption={t('planning.demand.caption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => `${r.countryCode}:${r.quarter}:${r.courseId}`}
      empty={t('planning.demand.empty')}
    />
  );
}
