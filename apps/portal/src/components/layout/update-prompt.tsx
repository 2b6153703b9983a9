import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Updater = (reload?: boolean) => Promise<void>;

/**
 * Registers the service worker (`virtual:pwa-register`, vite-plugin-pwa's; a no-op on the dev server)
 * once the page has loaded, so its precache never competes with the page's own files. A new release is
 * announced here, not swapped in mid-session: "Reload" activates the waiting worker and reloads.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [update, setUpdate] = useState<{ apply: Updater } | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const apply: Updater = registerSW({
        immediate: false, // after the window's load event
        onNeedRefresh: () => setUpdate({ apply }),
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!update) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('offline.updateAvailable')}</p>
      <button type="button" className="button" onClick={() => void update.apply(true)}>
        {t('offline.reload')}
      </button>
    </div>
  );
}
