import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The worker the build writes (vite-plugin-pwa, `generateSW`); the Vite dev server has none: registering fails quietly. */
const WORKER_URL = '/sw.js';

/**
 * Registers the service worker once the window has loaded, so its precache never competes with the page's
 * own files (nor counts in them), and announces a new release rather than swapping it in mid-session: a
 * new worker waits until the reader chooses "Reload", which tells it to take over (Workbox's
 * `SKIP_WAITING` message) and reloads once it controls the page. A few lines of its own rather than
 * `virtual:pwa-register` (workbox-window), which would be one more file for the sign-in page.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let cancelled = false;
    // Only a page a worker already controls has something to update (the first install just takes over).
    const announce = (worker: ServiceWorker | null) => {
      if (worker && navigator.serviceWorker.controller && !cancelled) setWaiting(worker);
    };
    const register = () =>
      navigator.serviceWorker
        .register(WORKER_URL, { scope: '/' })
        .then((registration) => {
          announce(registration.waiting);
          registration.addEventListener('updatefound', () => {
            const worker = registration.installing;
            worker?.addEventListener('statechange', () => {
              if (worker.state === 'installed') announce(worker);
            });
          });
        })
        .catch(() => undefined); // no worker (private mode, plain http): the portal works as before
    if (document.readyState === 'complete') void register();
    else window.addEventListener('load', () => void register(), { once: true });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!waiting) return null;
  const reload = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  return (
    <div className="update-prompt" role="status">
      <p>{t('offline.updateAvailable')}</p>
      <button type="button" className="button" onClick={reload}>
        {t('offline.reload')}
      </button>
    </div>
  );
}
