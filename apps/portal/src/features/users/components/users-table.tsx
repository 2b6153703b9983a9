import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import type { User } from '@/features/users/api/get-users';

export function UsersTable({ users, busy }: { users: readonly User[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t('users.columns.name'),
      cell: (u) => <Link to={paths.app.user.getHref({ userId: u.id })}>{u.displayName}</Link>,
    },
    { key: 'email', header: t('users.columns.email'), cell: (u) => <a href={`mailto:${u.email}`}>{u.email}</a> },
    { key: 'role', header: t('users.columns.role'), cell: (u) => t(`roles.${u.role}`) },
    {
      key: 'status',
      header: t('users.columns.status'),
      cell: (u) =>
        u.disabled ? (
          <span className="tag tag--muted">{t('users.status.disabled')}</span>
        ) : !u.passwordSet ? (
          <span className="tag tag--info">{t('users.status.invited')}</span>
        ) : (
          <span className="tag tag--ok">{t('users.status.active')}</span>
        ),
    },
    {
      key: 'created',
      header: t('users.columns.created'),
      cell: (u) => <time dateTime={u.createdAt}>{format.date(u.createdAt)}</time>,
      numeric: true,
    },
  ];
  return (
    <Table
      caption={t('users.caption')}
      columns={columns}
      rows={users}
      rowKey={(u) => u.id}
      empty={t('users.empty')}
      busy={busy}
    />
  );
}
