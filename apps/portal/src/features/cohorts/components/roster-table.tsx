import { GRADABLE_ENROLMENT_STATUSES } from '@icspa/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { EnrolmentStatusTag } from '@/components/ui/enrolment-status-tag';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import { useGradeEnrolment } from '@/features/cohorts/api/grade-enrolment';
import type { Roster, RosterEntry } from '@/features/cohorts/api/get-roster';

/**
 * A cohort's officers: status, progress, best score, attendance; for in-person and blended cohorts,
 * the trainer records attendance and the result here. Officers are named as the API names them for the reader:
 * member-firm staff see pseudonyms (in the reader's language) and no e-mail.
 */
export function RosterTable({ roster }: { roster: Roster }) {
  const { t } = useTranslation();
  const format = useFormat();
  const gradable = roster.cohort.deliveryMode !== 'online';
  const columns: Column<RosterEntry>[] = [
    {
      key: 'officer',
      header: t('roster.columns.officer'),
      cell: (e) => (
        <>
          {format.officer(e.officerName, e.officerPseudonym)}
          {e.officerEmail ? (
            <>
              <br />
              <a className="muted" href={`mailto:${e.officerEmail}`}>
                {e.officerEmail}
              </a>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: 'status',
      header: t('roster.columns.status'),
      cell: (e) => <EnrolmentStatusTag status={e.status} waitlistPosition={e.waitlistPosition} />,
    },
    {
      key: 'progress',
      header: t('roster.columns.progress'),
      cell: (e) => (
        <ProgressBar
          value={e.progressPercent}
          label={t('roster.progressOf', { name: format.officer(e.officerName, e.officerPseudonym) })}
        />
      ),
    },
    {
      key: 'score',
      header: t('roster.columns.bestScore'),
      numeric: true,
      cell: (e) =>
        e.bestScore === null ? <span className="muted">{t('roster.noScore')}</span> : format.percent(e.bestScore),
    },
    {
      key: 'attended',
      header: t('roster.columns.attended'),
      cell: (e) =>
        e.attended === null ? (
          <span className="muted">{t('roster.notMarked')}</span>
        ) : e.attended ? (
          t('common.yes')
        ) : (
          t('common.no')
        ),
    },
  ];
  if (gradable) {
    columns.push({
      key: 'grade',
      header: t('roster.columns.grade'),
      cell: (e) =>
        GRADABLE_ENROLMENT_STATUSES.includes(e.status) ? (
          <GradeControls cohortId={roster.cohort.id} entry={e} />
        ) : (
          <span className="muted">{t('roster.notGradable')}</span>
        ),
    });
  }
  return (
    <Table
      caption={t('roster.caption')}
      columns={columns}
      rows={roster.entries}
      rowKey={(e) => e.id}
      empty={t('roster.empty')}
    />
  );
}

/** Attendance and pass/fail for one officer; not attending means not passing. */
function GradeControls({ cohortId, entry }: { cohortId: string; entry: RosterEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const grade = useGradeEnrolment(cohortId);
  const [attended, setAttended] = useState(entry.attended ?? false);
  const [passed, setPassed] = useState(entry.status === 'completed');
  const name = format.officer(entry.officerName, entry.officerPseudonym);
  return (
    <form
      className="grade"
      aria-label={t('roster.gradeOf', { name })}
      onSubmit={(event) => {
        event.preventDefault();
        grade.mutate({ enrolmentId: entry.id, attended, passed: attended && passed });
      }}
    >
      <label className="grade__check">
        <input type="checkbox" checked={attended} onChange={(e) => setAttended(e.target.checked)} />{' '}
        {t('roster.attended')}
      </label>
      <fieldset className="grade__result" disabled={!attended}>
        <legend className="visually-hidden">{t('roster.resultOf', { name })}</legend>
        <label>
          <input
            type="radio"
            name={`passed-${entry.id}`}
            checked={attended && passed}
            onChange={() => setPassed(true)}
          />{' '}
          {t('roster.passed')}
        </label>
        <label>
          <input
            type="radio"
            name={`passed-${entry.id}`}
            checked={!attended || !passed}
            onChange={() => setPassed(false)}
          />{' '}
          {t('roster.failed')}
        </label>
      </fieldset>
      <button type="submit" className="button button--small" disabled={grade.isPending} aria-busy={grade.isPending}>
        {grade.isPending ? t('forms.saving') : t('forms.save')}
      </button>
      <span role="status" className={grade.isError ? 'grade__message grade__message--error' : 'grade__message'}>
        {grade.isError ? errorText(grade.error, t) : grade.isSuccess ? t('forms.saved') : ''}
      </span>
    </form>
  );
}
