import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useAssignments } from '@/features/trainer-assignment/api/get-assignments';
import { ProposalList } from '@/features/trainer-assignment/components/proposal-list';
import { useListParams } from '@/hooks/use-list-params';

/** A trainer's inbox: the proposals waiting for their answer. */
export function ProposalsRoute() {
  const { t } = useTranslation();
  const { page } = useListParams();
  const proposals = useAssignments({ page, status: 'proposed' });
  return (
    <Page title={t('assignment.proposals.title')} description={t('assignment.proposals.description')}>
      <QueryState query={proposals} loadingLabel={t('assignment.proposals.loading')}>
        {(data) => (
          <>
            <ProposalList proposals={data.items} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(p) => paths.app.proposals.getHref({ page: p })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
