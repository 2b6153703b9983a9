import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useAuditEvents } from '@/features/audit/api/get-audit-events';
import { AuditEventsTable } from '@/features/audit/components/audit-events-table';
import { useListParams } from '@/hooks/use-list-params';

export function AuditLogRoute() {
  const { t } = useTranslation();
  const { page } = useListParams();
  const events = useAuditEvents({ page });
  return (
    <Page title={t('auditLog.title')} description={t('auditLog.description')}>
      <QueryState query={events} loadingLabel={t('auditLog.loading')}>
        {(data) => (
          <>
            <AuditEventsTable events={data.items} busy={events.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(p) => paths.app.auditLog.getHref({ page: p })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
