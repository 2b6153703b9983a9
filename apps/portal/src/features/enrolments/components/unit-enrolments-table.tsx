import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { EnrolmentStatusTag } from '@/components/ui/enrolment-status-tag';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import { useApproveEnrolment } from '@/features/enrolments/api/approve-enrolment';
import type { Enrolment } from '@/features/enrolments/api/get-enrolments';

/** The unit's enrolments for its coordinator, with approval of those waiting for it. */
export function UnitEnrolmentsTable({ enrolments, busy }: { enrolments: readonly Enrolment[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The approved row may leave a filtered list: say what became of it.
  const [approved, setApproved] = useState<Enrolment | null>(null);
  const columns: Column<Enrolment>[] = [
    { key: 'officer', header: t('unitEnrolments.columns.officer'), cell: (e) => e.officerName },
    { key: 'course', header: t('unitEnrolments.columns.course'), cell: (e) => e.courseTitle },
    {
      key: 'dates',
      header: t('unitEnrolments.columns.dates'),
      cell: (e) => <time dateTime={e.startsAt}>{format.dateRange(e.startsAt, e.endsAt)}</time>,
    },
    {
      key: 'status',
      header: t('unitEnrolments.columns.status'),
      cell: (e) => <EnrolmentStatusTag status={e.status} waitlistPosition={e.waitlistPosition} />,
    },
    {
      key: 'progress',
      header: t('unitEnrolments.columns.progress'),
      cell: (e) => (
        <ProgressBar
          value={e.progressPercent}
          label={t('unitEnrolments.progressOf', { name: e.officerName, course: e.courseTitle })}
        />
      ),
    },
    {
      key: 'action',
      header: t('unitEnrolments.columns.action'),
      cell: (e) => (e.status === 'pending_approval' ? <ApproveButton enrolment={e} onApproved={setApproved} /> : null),
    },
  ];
  return (
    <>
      <p className={approved ? 'alert alert--success' : 'visually-hidden'} role="status">
        {approved
          ? t('unitEnrolments.approved', {
              name: approved.officerName,
              course: approved.courseTitle,
              status:
                approved.status === 'waitlisted' && approved.waitlistPosition
                  ? t('enrolmentStatus.waitlistedAt', { position: format.number(approved.waitlistPosition) })
                  : t(`enrolmentStatus.${approved.status}`),
            })
          : ''}
      </p>
      <Table
        caption={t('unitEnrolments.caption')}
        columns={columns}
        rows={enrolments}
        rowKey={(e) => e.id}
        empty={t('unitEnrolments.empty')}
        busy={busy}
      />
    </>
  );
}

function ApproveButton({ enrolment, onApproved }: { enrolment: Enrolment; onApproved: (result: Enrolment) => void }) {
  const { t } = useTranslation();
  const approve = useApproveEnrolment();
  return (
    <div className="row-action">
      <button
        type="button"
        className="button button--small"
        onClick={() => approve.mutate(enrolment.id, { onSuccess: onApproved })}
        disabled={approve.isPending}
        aria-busy={approve.isPending}
        aria-label={t('unitEnrolments.approveNamed', { name: enrolment.officerName, course: enrolment.courseTitle })}
      >
        {approve.isPending ? t('unitEnrolments.approving') : t('unitEnrolments.approve')}
      </button>
      <span
        role="status"
        className={approve.isError ? 'row-action__message row-action__message--error' : 'row-action__message'}
      >
        {approve.isError ? errorText(approve.error, t) : ''}
      </span>
    </div>
  );
}
