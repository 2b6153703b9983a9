import { isAuditAction } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths, type AuditLogQuery } from '@/config/paths';
import { auditExportHref, useAuditEvents, type AuditEventFilter } from '@/features/audit/api/get-audit-events';
import { AuditEventsTable } from '@/features/audit/components/audit-events-table';
import { AuditFilters } from '@/features/audit/components/audit-filters';
import { useListParams } from '@/hooks/use-list-params';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The address's filters, as the API takes them (anything malformed is left out rather than refused). */
function filterOf(params: Partial<Record<string, string | number>>): AuditEventFilter {
  const text = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : undefined);
  return {
    actorId: text('actor'),
    entityType: /^[a-z_]+$/.test(text('entityType') ?? '') ? text('entityType') : undefined,
    entityId: text('entityId'),
    action: isAuditAction(params.action) ? params.action : undefined,
    from: DAY.test(text('from') ?? '') ? text('from') : undefined,
    to: DAY.test(text('to') ?? '') ? text('to') : undefined,
  };
}

const queryOf = (f: AuditEventFilter): AuditLogQuery => ({
  actor: f.actorId,
  entityType: f.entityType,
  entityId: f.entityId,
  action: f.action,
  from: f.from,
  to: f.to,
});

/** The audit log in words, newest first, filtered by who, what, which action and which days (all in the address). */
export function AuditLogRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useListParams(['actor', 'entityType', 'entityId', 'action', 'from', 'to']);
  const filter = filterOf(params);
  const events = useAuditEvents({ page: params.page, ...filter });
  const actorName = events.data?.items.find((e) => e.actor?.id === filter.actorId)?.actor?.name;
  const objectName =
    events.data?.items.find((e) => e.object.id === filter.entityId && e.object.name)?.object.name ?? undefined;
  return (
    <Page
      title={t('auditLog.title')}
      description={t('auditLog.description')}
      actions={
        <a className="button button--secondary" href={auditExportHref(filter)} download>
          {t('auditLog.export')}
        </a>
      }
    >
      <AuditFilters
        value={filter}
        actorName={actorName}
        objectName={objectName}
        onChange={(next) => navigate(paths.app.auditLog.getHref(queryOf(next)), { preventScrollReset: true })}
      />
      <QueryState query={events} loadingLabel={t('auditLog.loading')}>
        {(data) => (
          <>
            <AuditEventsTable events={data.items} busy={events.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              totalIsEstimate={data.totalIsEstimate}
              hrefFor={(p) => paths.app.auditLog.getHref({ ...queryOf(filter), page: p })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
