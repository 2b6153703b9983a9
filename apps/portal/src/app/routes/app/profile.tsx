import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { NotificationPreferences } from '@/features/notifications/components/notification-preferences';

/** The signed-in user's own settings. */
export function ProfileRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('profile.title')} description={t('profile.intro')}>
      <NotificationPreferences />
    </Page>
  );
}
