import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useContentLocales } from '@/features/translations/api/get-content-locales';
import { useUser } from '@/features/users/api/get-user';
import { CapabilitiesPanel } from '@/features/users/components/capabilities-panel';

/** One user, for admins: who they are and the capabilities granted beside their role. */
export function UserRoute() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const user = useUser(userId);
  const locales = useContentLocales();
  return (
    <QueryState query={user} loadingLabel={t('users.loading')}>
      {(u) => (
        <Page
          title={u.displayName}
          description={`${u.email} · ${t(`roles.${u.role}`)}`}
          actions={<Link to={paths.app.users.getHref()}>{t('users.backToList')}</Link>}
        >
          <CapabilitiesPanel userId={u.id} locales={locales.data ?? []} />
        </Page>
      )}
    </QueryState>
  );
}
