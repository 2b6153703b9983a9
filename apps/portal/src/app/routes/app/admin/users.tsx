import { isRole, MANAGED_ROLES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { QueryState } from '@/components/ui/query-state';
import { SearchField } from '@/components/ui/search-field';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useUsers } from '@/features/users/api/get-users';
import { RoleFilter } from '@/features/users/components/role-filter';
import { UsersTable } from '@/features/users/components/users-table';
import { useListParams } from '@/hooks/use-list-params';

/** People: the accounts the reader manages (admins all; member admins their firm's trainers; coordinators their unit's officers). */
export function UsersRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const myRole = me?.role ?? 'officer';
  const managed = MANAGED_ROLES[myRole];
  const params = useListParams(['role', 'q']);
  const role = isRole(params.role) ? params.role : undefined;
  const { q } = params;
  const users = useUsers({ page: params.page, role, q });
  return (
    <Page
      title={t('users.title')}
      description={
        myRole === 'admin'
          ? t('people.description.admin')
          : myRole === 'coordinator'
            ? t('people.description.coordinator')
            : t('people.description.memberAdmin')
      }
      actions={
        <Link className="button" to={paths.app.userNew.getHref()}>
          {t('people.add')}
        </Link>
      }
    >
      <div className="filters">
        <SearchField
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={q}
          debounceMs={300}
          onSearch={(next) => navigate(paths.app.users.getHref({ role, q: next }), { preventScrollReset: true })}
        />
        {managed.length > 1 ? (
          <RoleFilter
            value={role}
            roles={managed}
            onChange={(next) => navigate(paths.app.users.getHref({ role: next, q }), { preventScrollReset: true })}
          />
        ) : null}
      </div>
      <QueryState query={users} loadingLabel={t('users.loading')}>
        {(data) => (
          <>
            <UsersTable users={data.items} busy={users.isPlaceholderData} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              totalIsEstimate={data.totalIsEstimate}
              hrefFor={(page) => paths.app.users.getHref({ role, q, page })}
            />
          </>
        )}
      </QueryState>
    </Page>
  );
}
