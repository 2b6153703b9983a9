import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { useFormat } from '@/hooks/use-format';
import type { AttendanceSheet as Sheet, AttendanceStatus } from '../api/get-attendance-sheet';
import { useMarkAttendance, type AttendanceMark } from '../api/mark-attendance';

const STATUSES = ['present', 'late', 'absent', 'excused'] as const;
type Mark = (typeof STATUSES)[number];

/**
 * The trainer's sign-in sheet for one session, made for a phone: "Mark all present", then the exceptions
 * (late, absent, excused) one officer at a time, then Save. One card per officer, no wide table.
 */
export function AttendanceSheet({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useMarkAttendance(sheet.session.id);
  const [marks, setMarks] = useState<Record<string, AttendanceStatus>>({});
  const formId = useId();
  useEffect(() => {
    setMarks(Object.fromEntries(sheet.entries.map((e) => [e.enrolmentId, e.status])));
  }, [sheet]);
  const changed: AttendanceMark[] = sheet.entries
    .filter((e) => marks[e.enrolmentId] && marks[e.enrolmentId] !== e.status)
    .map((e) => ({ enrolmentId: e.enrolmentId, status: marks[e.enrolmentId] as Mark }));
  const allPresent = () =>
    setMarks(Object.fromEntries(sheet.entries.map((e) => [e.enrolmentId, 'present' as AttendanceStatus])));
  if (sheet.entries.length === 0) return <p className="muted">{t('attendance.empty')}</p>;
  return (
    <form
      className="attendance-sheet"
      aria-labelledby={`${formId}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (changed.length > 0) save.mutate(changed);
      }}
    >
      <h2 id={`${formId}-h`}>{t('attendance.sheetTitle', { count: sheet.entries.length })}</h2>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={allPresent}>
          {t('attendance.markAllPresent')}
        </button>
      </div>
      <ul className="attendance-sheet__list">
        {sheet.entries.map((entry) => (
          <li key={entry.enrolmentId} className="attendance-sheet__officer">
            <fieldset>
              <legend>{format.officer(entry.officerName, entry.officerPseudonym)}</legend>
              <div className="attendance-sheet__choices">
                {STATUSES.map((status) => (
                  <label key={status} className="attendance-sheet__choice">
                    <input
                      type="radio"
                      name={`${formId}-${entry.enrolmentId}`}
                      value={status}
                      checked={marks[entry.enrolmentId] === status}
                      onChange={() => setMarks((m) => ({ ...m, [entry.enrolmentId]: status }))}
                    />{' '}
                    {t(`attendance.status.${status}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending || changed.length === 0}>
          {t('attendance.save', { count: changed.length })}
        </button>
      </div>
      {save.isSuccess && changed.length === 0 ? <p role="status">{t('attendance.saved')}</p> : null}
      {save.isError ? <p role="alert">{errorText(save.error, t)}</p> : null}
    </form>
  );
}
