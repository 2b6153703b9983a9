import { isRole } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SearchField } from '@/components/ui/search-field';
import { paths } from '@/config/paths';
import { useUsers } from '@/features/users/api/get-users';
import { RoleFilter } from '@/features/users/components/role-filter';
import { UsersTable } from '@/features/users/components/users-table';
import { useListParams } from '@/hooks/use-list-params';

export function UsersRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useListParams(['role', 'q']);
  const role = isRole(params.role) ? params.role : undefined;
  const { q } = params;
  const users = useUsers({ page: params.page, role, q });
  return (
    <Page title={t('users.title')} description={t('users.description')}>
      <div className="filters">
        <SearchField
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={q}
          debounceMs={300}
          onSearch={(next) => navigate(paths.app.users.getHref({ role, q: next }), { preventScrollReset: true })}
        />
        <RoleFilter
          value={role}
          onChange={(next) => navigate(paths.app.users.getHref({ role: next, q }), { preventScrollReset: true })}
        />
      </div>
      <QueryState query={users} loadingLabel={t('users.loading')}>
        {(data) => (
          <>
            <UsersTable users={data.items} busy={users.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              hrefFor={(page) => paths.app.users.getHref({ role, q, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
