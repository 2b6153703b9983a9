import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { AuditEvent } from '@/features/audit/api/get-audit-events';

export function AuditEventsTable({ events, busy }: { events: readonly AuditEvent[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<AuditEvent>[] = [
    {
      key: 'when',
      header: t('auditLog.columns.when'),
      cell: (e) => <time dateTime={e.createdAt}>{format.dateTime(e.createdAt)}</time>,
    },
    {
      key: 'actor',
      header: t('auditLog.columns.actor'),
      cell: (e) => e.actorEmail ?? <span className="muted">{t('auditLog.system')}</span>,
    },
    { key: 'action', header: t('auditLog.columns.action'), cell: (e) => <code>{e.action}</code> },
    {
      key: 'object',
      header: t('auditLog.columns.object'),
      cell: (e) => (
        <>
          {e.entityType} <code className="muted">{e.entityId}</code>
        </>
      ),
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
