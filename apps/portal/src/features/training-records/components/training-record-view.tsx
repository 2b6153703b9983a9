import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import { Tag, type TagTone } from '@/components/ui/tag';
import { useFormat } from '@/hooks/use-format';
import type { TrainingRecord } from '@/features/training-records/api/get-training-record';

type Enrolment = TrainingRecord['enrolments'][number];
type Certification = TrainingRecord['certifications'][number];
type Nomination = TrainingRecord['nominations'][number];
type Attendance = TrainingRecord['attendance'][number];

const CERTIFICATION_TONE: Record<string, TagTone> = { active: 'ok', expired: 'muted', revoked: 'error' };

/** Everything about one officer's training, on one page: courses, certifications, nominations, sessions. */
export function TrainingRecordView({ record }: { record: TrainingRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const enrolmentColumns: Column<Enrolment>[] = [
    {
      key: 'course',
      header: t('trainingRecord.columns.course'),
      cell: (e) => (
        <>
          <strong>{e.courseTitle}</strong> <span className="muted">{e.courseCode}</span>
        </>
      ),
    },
    { key: 'run', header: t('trainingRecord.columns.run'), cell: (e) => format.dateRange(e.startsAt, e.endsAt) },
    { key: 'status', header: t('trainingRecord.columns.status'), cell: (e) => t(`enrolmentStatus.${e.status}`) },
    {
      key: 'progress',
      header: t('trainingRecord.columns.progress'),
      numeric: true,
      cell: (e) => format.percent(e.progressPercent),
    },
    {
      key: 'result',
      header: t('trainingRecord.columns.result'),
      cell: (e) =>
        e.result.bestScore === null
          ? t('trainingRecord.noAttempt')
          : t(e.result.passed ? 'trainingRecord.passed' : 'trainingRecord.notPassed', {
              score: format.percent(e.result.bestScore),
              attempts: e.result.attempts,
            }),
    },
    {
      key: 'attendance',
      header: t('trainingRecord.columns.attendance'),
      cell: (e) =>
        e.attendance.sessions
          ? t('trainingRecord.attendanceSummary', {
              attended: e.attendance.present + e.attendance.late,
              sessions: e.attendance.sessions,
            })
          : '—',
    },
  ];
  const certificationColumns: Column<Certification>[] = [
    { key: 'programme', header: t('trainingRecord.columns.programme'), cell: (c) => c.programmeName },
    {
      key: 'status',
      header: t('trainingRecord.columns.status'),
      cell: (c) => (
        <>
          <Tag tone={c.renewedById ? 'muted' : (CERTIFICATION_TONE[c.status] ?? 'info')}>
            {c.renewedById ? t('trainingRecord.renewed') : t(`certification.status.${c.status}`)}
          </Tag>
          {c.expiringSoon ? (
            <>
              {' '}
              <Tag tone="warn">{t('trainingRecord.expiringSoon')}</Tag>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'issued', header: t('trainingRecord.columns.issued'), cell: (c) => format.date(c.issuedAt) },
    { key: 'expires', header: t('trainingRecord.columns.expires'), cell: (c) => format.date(c.expiresAt) },
    {
      key: 'recertification',
      header: t('trainingRecord.columns.recertification'),
      cell: (c) =>
        c.recertificationOpen
          ? t('trainingRecord.recertificationOpen')
          : t('trainingRecord.recertificationFrom', { date: format.date(c.recertificationOpensAt) }),
    },
  ];
  const nominationColumns: Column<Nomination>[] = [
    { key: 'course', header: t('trainingRecord.columns.course'), cell: (n) => n.courseTitle },
    { key: 'by', header: t('trainingRecord.columns.nominatedBy'), cell: (n) => n.nominatedBy ?? '—' },
    { key: 'on', header: t('trainingRecord.columns.on'), cell: (n) => format.date(n.nominatedAt) },
    { key: 'status', header: t('trainingRecord.columns.status'), cell: (n) => t(`enrolmentStatus.${n.status}`) },
  ];
  const attendanceColumns: Column<Attendance>[] = [
    {
      key: 'session',
      header: t('trainingRecord.columns.session'),
      cell: (a) => t('trainingRecord.sessionOf', { course: a.courseTitle, position: a.position }),
    },
    { key: 'date', header: t('trainingRecord.columns.date'), cell: (a) => format.dateTime(a.startsAt) },
    {
      key: 'mark',
      header: t('trainingRecord.columns.mark'),
      cell: (a) => (a.status ? t(`attendance.status.${a.status}`) : t('trainingRecord.notMarked')),
    },
  ];
  return (
    <>
      <section aria-labelledby="record-courses" className="section">
        <h2 id="record-courses">{t('trainingRecord.courses')}</h2>
        <Table
          caption={t('trainingRecord.courses')}
          columns={enrolmentColumns}
          rows={record.enrolments}
          rowKey={(e) => e.id}
          empty={t('trainingRecord.noCourses')}
        />
      </section>
      <section aria-labelledby="record-certifications" className="section">
        <h2 id="record-certifications">{t('trainingRecord.certifications')}</h2>
        <Table
          caption={t('trainingRecord.certifications')}
          columns={certificationColumns}
          rows={record.certifications}
          rowKey={(c) => c.id}
          empty={t('trainingRecord.noCertifications')}
        />
      </section>
      <section aria-labelledby="record-nominations" className="section">
        <h2 id="record-nominations">{t('trainingRecord.nominations')}</h2>
        <Table
          caption={t('trainingRecord.nominations')}
          columns={nominationColumns}
          rows={record.nominations}
          rowKey={(n) => n.enrolmentId}
          empty={t('trainingRecord.noNominations')}
        />
      </section>
      <section aria-labelledby="record-attendance" className="section">
        <h2 id="record-attendance">{t('trainingRecord.attendance')}</h2>
        <Table
          caption={t('trainingRecord.attendance')}
          columns={attendanceColumns}
          rows={record.attendance}
          rowKey={(a) => `${a.enrolmentId}:${a.trainingSessionId}`}
          empty={t('trainingRecord.noSessions')}
        />
      </section>
    </>
  );
}
