import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useAssignments } from '@/features/trainer-assignment/api/get-assignments';
import { ProposalList, type ProposalFocus } from '@/features/trainer-assignment/components/proposal-list';
import { useListParams } from '@/hooks/use-list-params';

/** A trainer's inbox: the proposals waiting for their answer. */
export function ProposalsRoute() {
  const { t } = useTranslation();
  const { page } = useListParams();
  const proposals = useAssignments({ page, status: 'proposed' });
  // From the proposal e-mail: which proposal, and which answer the trainer clicked (given here, by a button).
  const [search] = useSearchParams();
  const answer = search.get('answer');
  const focus: ProposalFocus | null = search.get('assignment')
    ? { assignmentId: search.get('assignment')!, answer: answer === 'accept' || answer === 'decline' ? answer : null }
    : null;
  return (
    <Page title={t('assignment.proposals.title')} description={t('assignment.proposals.description')}>
      <QueryState query={proposals} loadingLabel={t('assignment.proposals.loading')}>
        {(data) => (
          <>
            <ProposalList proposals={data.items} focus={focus} />
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
