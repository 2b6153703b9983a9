import { auditActionLabel, auditSentence, type AuditTranslate } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type Column } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { AuditEvent } from '@/features/audit/api/get-audit-events';

/** Objects whose subject is an officer with a training record (an admin can open it). */
const RECORD_OBJECTS = new Set(['certification', 'enrolment']);

/** The log, each event said in words in the reader's language, with links that narrow the log to its actor or object. */
export function AuditEventsTable({ events, busy }: { events: readonly AuditEvent[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Sentence and label keys are built from the action code (every one is in each locale: a test checks).
  const say = t as unknown as AuditTranslate;
  const columns: Column<AuditEvent>[] = [
    {
      key: 'when',
      header: t('auditLog.columns.when'),
      cell: (e) => <time dateTime={e.createdAt}>{format.dateTime(e.createdAt)}</time>,
    },
    {
      key: 'event',
      header: t('auditLog.columns.event'),
      cell: (e) => (
        <>
          <span className="audit-sentence">{auditSentence(e, say)}</span>
          <span className="audit-links muted">
            {e.actor ? (
              <Link to={paths.app.auditLog.getHref({ actor: e.actor.id })}>
                {t('auditLog.byActor', { name: e.actor.name })}
              </Link>
            ) : null}
            <Link to={paths.app.auditLog.getHref({ entityType: e.object.type, entityId: e.object.id })}>
              {t('auditLog.onObject')}
            </Link>
            {e.subject?.isPerson && e.subject.id && RECORD_OBJECTS.has(e.object.type) ? (
              <Link to={paths.app.trainingRecord.getHref({ officerId: e.subject.id })}>
                {t('auditLog.trainingRecord', { name: e.subject.name })}
              </Link>
            ) : null}
          </span>
        </>
      ),
    },
    {
      key: 'action',
      header: t('auditLog.columns.action'),
      // The code stays at hand (a tooltip) for whoever reads the API or the CSV export.
      cell: (e) => <span title={e.action}>{auditActionLabel(e.action, say)}</span>,
    },
  ];
  return (
    <Table
      caption={t('auditLog.caption')}
      columns={columns}
      rows={events}
      rowKey={(e) => e.id}
      empty={t('auditLog.empty')}
      busy={busy}
    />
  );
}
