import { useTranslation } from 'react-i18next';
import { useOnline } from '@/lib/connectivity';

/** Says so while the server cannot be reached (the browser is offline, or a request got no answer). */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <div className="alert alert--warning offline-banner" role="status">
      <p>{t('offline.banner')}</p>
    </div>
  );
}
