import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useMemberFirms } from '@/features/member-firms/api/get-member-firms';
import { MemberFirmsTable } from '@/features/member-firms/components/member-firms-table';
import { useListParams } from '@/hooks/use-list-params';

export function MemberFirmsRoute() {
  const { t } = useTranslation();
  const { page } = useListParams();
  const firms = useMemberFirms({ page });
  return (
    <Page title={t('memberFirms.title')} description={t('memberFirms.description')}>
      <QueryState query={firms} loadingLabel={t('memberFirms.loading')}>
        {(data) => (
          <>
            <MemberFirmsTable firms={data.items} busy={firms.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(p) => paths.app.memberFirms.getHref({ page: p })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
