import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { Assignment } from '@/features/trainer-assignment/api/get-assignments';
import { AssignmentStatusTag } from './assignment-status-tag';

/** The trainers asked for one request, newest first: who, when, until when they may answer, and their answer. */
export function RequestAssignmentsTable({ assignments }: { assignments: readonly Assignment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Assignment>[] = [
    {
      key: 'trainer',
      header: t('assignment.request.columns.trainer'),
      cell: (a) => format.officer(a.trainerName, a.trainerPseudonym),
    },
    {
      key: 'status',
      header: t('assignment.request.columns.status'),
      cell: (a) => <AssignmentStatusTag status={a.status} />,
    },
    {
      key: 'proposed',
      header: t('assignment.request.columns.proposed'),
      cell: (a) => <time dateTime={a.proposedAt}>{format.dateTime(a.proposedAt)}</time>,
    },
    {
      key: 'answerBy',
      header: t('assignment.request.columns.answerBy'),
      cell: (a) =>
        a.status === 'proposed' ? <time dateTime={a.expiresAt}>{format.dateTime(a.expiresAt)}</time> : null,
    },
    { key: 'reason', header: t('assignment.request.columns.reason'), cell: (a) => a.declineReason ?? null },
  ];
  return (
    <Table
      caption={t('assignment.request.assignmentsCaption')}
      columns={columns}
      rows={assignments}
      rowKey={(a) => a.id}
      empty={t('assignment.request.noAssignments')}
    />
  );
}
