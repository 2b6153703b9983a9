import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { ApiError } from '@/lib/api-client';
import { isOnline, onConnectivityChange, probeServer } from '@/lib/connectivity';
import { dropCompletion, onOfflineChange, queuedCompletions, type PendingCompletion } from '@/lib/offline-db';
import { syncCompletions } from '../api/complete-lesson';

/** How often a sync is tried while completions wait (and the server is tried while unreachable). */
const RETRY_MS = 10_000;

/** The signed-in user's completions on this device that wait to be sent, or were refused. */
export function usePendingCompletions(userId: string): PendingCompletion[] {
  const [items, setItems] = useState<PendingCompletion[]>([]);
  useEffect(() => {
    let live = true;
    const read = () =>
      void queuedCompletions()
        .then((all) => live && setItems(all.filter((i) => i.userId === userId)))
        .catch(() => undefined);
    read();
    const stop = onOfflineChange(read);
    return () => {
      live = false;
      stop();
    };
  }, [userId]);
  return items;
}

/**
 * Sends the completions made offline: at once, whenever the connection comes back, and every 10 s while
 * some wait or the server is unreachable (a server that answers again is noticed by the probe).
 */
export function useCompletionSync(userId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const sync = () => void syncCompletions(queryClient, userId).catch(() => undefined);
    sync();
    let wasOnline = isOnline();
    const stop = onConnectivityChange(() => {
      const now = isOnline();
      if (now && !wasOnline) sync();
      wasOnline = now;
    });
    const timer = window.setInterval(async () => {
      const waiting = (await queuedCompletions().catch(() => [])).some(
        (i) => i.userId === userId && i.state === 'pending',
      );
      if (!isOnline()) await probeServer();
      if (waiting && isOnline()) sync();
    }, RETRY_MS);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, [queryClient, userId]);
}

/**
 * Lessons marked done on this device that the server has not yet received, and those it refused (an
 * enrolment withdrawn meanwhile): each refusal says why and stays until dismissed, so none is lost silently.
 */
export function PendingCompletions({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const items = usePendingCompletions(userId);
  useCompletionSync(userId);
  const waiting = items.filter((i) => i.state === 'pending');
  const refused = items.filter((i) => i.state === 'refused');
  if (!items.length) return null;
  return (
    <section className="pending-sync" aria-labelledby="pending-sync-title">
      <h2 id="pending-sync-title" className="pending-sync__title">
        {waiting.length ? t('offline.pendingTitle', { count: waiting.length }) : t('offline.refusedTitle')}
      </h2>
      {waiting.length ? (
        <>
          <p className="pending-sync__hint">{t('offline.pendingHint')}</p>
          <ul className="pending-sync__list">
            {waiting.map((item) => (
              <li key={item.clientId} data-state="pending">
                {item.lessonTitle}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {refused.length ? (
        <ul className="pending-sync__list">
          {refused.map((item) => (
            <li key={item.clientId} data-state="refused" className="alert alert--error" role="alert">
              <p>
                {t('offline.refused', {
                  lesson: item.lessonTitle,
                  reason: errorText(
                    new ApiError(item.refusal?.status ?? 409, item.refusal?.message ?? '', undefined, item.refusal),
                    t,
                  ),
                })}
              </p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void dropCompletion(item.clientId)}
              >
                {t('offline.dismiss')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
