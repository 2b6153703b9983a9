import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { Assignment } from '@/features/trainer-assignment/api/get-assignments';
import { useWithdrawAssignment } from '@/features/trainer-assignment/api/withdraw-assignment';
import { AssignmentStatusTag } from './assignment-status-tag';

interface AssignmentsTableProps {
  assignments: readonly Assignment[];
  busy?: boolean;
  caption: string;
  empty: string;
  /** Member admins and admins see several trainers' assignments: name the trainer. */
  showTrainer?: boolean;
  /** The trainer's own list: accepted assignments may be withdrawn from. */
  canWithdraw?: boolean;
}

/** Assignments with their course, unit, place, period, delivery, language and status. */
export function AssignmentsTable({
  assignments,
  busy,
  caption,
  empty,
  showTrainer = false,
  canWithdraw = false,
}: AssignmentsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The row changes status once withdrawn (its button goes): say what happened above the table.
  const [withdrawn, setWithdrawn] = useState<Assignment | null>(null);
  const columns: Column<Assignment>[] = [
    { key: 'course', header: t('assignment.assignments.columns.course'), cell: (a) => a.courseTitle },
    ...(showTrainer
      ? [
          {
            key: 'trainer',
            header: t('assignment.assignments.columns.trainer'),
            cell: (a: Assignment) => format.officer(a.trainerName, a.trainerPseudonym),
          },
        ]
      : []),
    {
      key: 'unit',
      header: t('assignment.assignments.columns.unit'),
      cell: (a) => `${a.policeUnitName}, ${format.country(a.countryCode)}`,
    },
    {
      key: 'period',
      header: t('assignment.assignments.columns.period'),
      cell: (a) => <time dateTime={a.startsAt}>{format.dateRange(a.startsAt, a.endsAt)}</time>,
    },
    {
      key: 'delivery',
      header: t('assignment.assignments.columns.delivery'),
      cell: (a) => t(`deliveryMode.${a.deliveryMode}`),
    },
    { key: 'language', header: t('assignment.assignments.columns.language'), cell: (a) => format.language(a.language) },
    {
      key: 'status',
      header: t('assignment.assignments.columns.status'),
      cell: (a) => (
        <>
          <AssignmentStatusTag status={a.status} />
          {a.status === 'proposed' ? (
            <span className="muted cell-note">
              {t('assignment.assignments.answerBy', { time: format.dateTime(a.expiresAt) })}
            </span>
          ) : null}
          {a.declineReason ? (
            <span className="muted cell-note">{t('assignment.assignments.reason', { reason: a.declineReason })}</span>
          ) : null}
        </>
      ),
    },
    ...(canWithdraw
      ? [
          {
            key: 'action',
            header: t('assignment.assignments.columns.action'),
            cell: (a: Assignment) =>
              a.status === 'accepted' ? <WithdrawButton assignment={a} onWithdrawn={setWithdrawn} /> : null,
          },
        ]
      : []),
  ];
  return (
    <>
      <p className={withdrawn ? 'alert alert--success' : 'visually-hidden'} role="status">
        {withdrawn ? t('assignment.assignments.withdrawn', { course: withdrawn.courseTitle }) : ''}
      </p>
      <Table caption={caption} columns={columns} rows={assignments} rowKey={(a) => a.id} empty={empty} busy={busy} />
    </>
  );
}

/** Withdraws after asking; past the deadline the API refuses (409) and its reason shows under the button. */
function WithdrawButton({
  assignment,
  onWithdrawn,
}: {
  assignment: Assignment;
  onWithdrawn: (assignment: Assignment) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const withdraw = useWithdrawAssignment();
  const named = { course: assignment.courseTitle, dates: format.dateRange(assignment.startsAt, assignment.endsAt) };
  return (
    <div className="row-action">
      <ConfirmButton
        className="button button--small button--danger-secondary"
        label={withdraw.isPending ? t('assignment.assignments.withdrawing') : t('assignment.assignments.withdraw')}
        accessibleLabel={t('assignment.assignments.withdrawNamed', named)}
        title={t('assignment.assignments.withdrawTitle')}
        message={t('assignment.assignments.withdrawMessage', named)}
        confirmLabel={t('assignment.assignments.withdraw')}
        danger
        busy={withdraw.isPending}
        onConfirm={() => withdraw.mutate(assignment.id, { onSuccess: onWithdrawn })}
      />
      <span
        role="status"
        className={withdraw.isError ? 'row-action__message row-action__message--error' : 'row-action__message'}
      >
        {withdraw.isError ? errorText(withdraw.error, t) : ''}
      </span>
    </div>
  );
}
