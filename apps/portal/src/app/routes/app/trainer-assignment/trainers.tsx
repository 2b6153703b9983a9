import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SearchField } from '@/components/ui/search-field';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useTrainers } from '@/features/trainer-assignment/api/get-trainers';
import { TrainersTable } from '@/features/trainer-assignment/components/trainers-table';
import { useListParams } from '@/hooks/use-list-params';

/** Trainers with what the matcher knows of them: a member admin's firm's, or all for admins. */
export function TrainersRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const { page, q } = useListParams(['q']);
  const trainers = useTrainers({ page, q });
  if (!me) return null;
  const admin = me.role === 'admin';
  const title = admin ? t('assignment.trainers.titleAll') : t('assignment.trainers.titleFirm');
  return (
    <Page
      title={title}
      description={admin ? t('assignment.trainers.descriptionAll') : t('assignment.trainers.descriptionFirm')}
    >
      <div className="filters">
        <SearchField
          label={t('assignment.trainers.search')}
          placeholder={t('assignment.trainers.searchPlaceholder')}
          value={q}
          debounceMs={300}
          onSearch={(next) => navigate(paths.app.trainers.getHref({ q: next }), { preventScrollReset: true })}
        />
      </div>
      <QueryState query={trainers} loadingLabel={t('assignment.trainers.loading')}>
        {(data) => (
          <>
            <TrainersTable
              trainers={data.items}
              busy={trainers.isPlaceholderData}
              caption={title}
              empty={t('assignment.trainers.empty')}
              showFirm={admin}
            />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(p) => paths.app.trainers.getHref({ q, page: p })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
