import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import type { PlanLine } from '@/features/planning/api/get-workplan';
import type { PlanLineProgress } from '@/features/planning/api/get-workplan-progress';
import { useFormat } from '@/hooks/use-format';

/** Each line against its target: requests raised and filled, cohorts held, officers trained and certified. */
export function PlanProgressTable({
  lines,
  progress,
}: {
  lines: readonly PlanLine[];
  progress: readonly PlanLineProgress[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const line = (id: string) => lines.find((l) => l.id === id);
  const columns: Column<PlanLineProgress>[] = [
    { key: 'unit', header: t('planning.lines.unit'), cell: (p) => line(p.id)?.policeUnitName ?? '' },
    { key: 'course', header: t('planning.lines.course'), cell: (p) => line(p.id)?.courseTitle ?? '' },
    { key: 'quarter', header: t('planning.lines.quarter'), cell: (p) => p.quarter },
    {
      key: 'requests',
      header: t('planning.progress.requests'),
      numeric: true,
      cell: (p) =>
        t('planning.progress.filledOf', {
          filled: format.number(p.requestsFilled),
          raised: format.number(p.requestsRaised),
        }),
    },
    {
      key: 'cohorts',
      header: t('planning.progress.cohorts'),
      numeric: true,
      cell: (p) => format.number(p.cohortsHeld),
    },
    {
      key: 'trained',
      header: t('planning.progress.trained'),
      numeric: true,
      cell: (p) =>
        t('planning.progress.ofTarget', { value: format.number(p.officersTrained), target: format.number(p.target) }),
    },
    {
      key: 'certified',
      header: t('planning.progress.certified'),
      numeric: true,
      cell: (p) => format.number(p.officersCertified),
    },
  ];
  return (
    <Table
      caption={t('planning.progress.caption')}
      columns={columns}
      rows={progress}
      rowKey={(p) => p.id}
      empty={t('planning.lines.empty')}
    />
  );
}
