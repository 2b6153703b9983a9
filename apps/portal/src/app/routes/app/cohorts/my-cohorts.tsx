import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useCohorts } from '@/features/cohorts/api/get-cohorts';
import { CohortsTable } from '@/features/cohorts/components/cohorts-table';
import { useListParams } from '@/hooks/use-list-params';

/**
 * The cohorts a trainer teaches, each with its roster (its sessions and their attendance sheets). A local
 * trainer (an officer or coordinator) learns in cohorts too: for them the page is "Cohorts I teach", as in
 * their menu.
 */
export function MyCohortsRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const { page } = useListParams();
  const cohorts = useCohorts({ page, mine: true });
  const local = me?.role === 'officer' || me?.role === 'coordinator';
  return (
    <Page title={local ? t('nav.teachingCohorts') : t('myCohorts.title')} description={t('myCohorts.description')}>
      <QueryState query={cohorts} loadingLabel={t('myCohorts.loading')}>
        {(data) => (
          <>
            <CohortsTable
              cohorts={data.items}
              busy={cohorts.isPlaceholderData}
              caption={t('myCohorts.caption')}
              empty={t('myCohorts.empty')}
            />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(p) => paths.app.myCohorts.getHref({ page: p })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
