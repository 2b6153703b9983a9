import { useSyncExternalStore } from 'react';

/**
 * Whether the portal can reach its server: the browser says it is online (`navigator.onLine`) and the
 * last API request got an answer. A request that got none (the server stopped, the link dropped while
 * the browser still claims a connection) marks it unreachable until one answers again.
 */
let reachable = true;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Called by the API client after each request: `true` when the server answered (any status). */
export function reportReachable(answered: boolean): void {
  if (answered === reachable) return;
  reachable = answered;
  notify();
}

export function isOnline(): boolean {
  const browserOnline = typeof navigator === 'undefined' || navigator.onLine !== false;
  return browserOnline && reachable;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onOnline = () => {
    // The browser has a link again: try the server before saying so (the probe reports the answer).
    void probeServer();
    listener();
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', listener);
  };
}

/** Asks the server's liveness probe whether it answers; reports and returns the outcome. */
export async function probeServer(): Promise<boolean> {
  try {
    const res = await fetch('/api/health/live', { cache: 'no-store', credentials: 'omit' });
    reportReachable(true);
    return res.ok;
  } catch {
    reportReachable(false);
    return false;
  }
}

/** Re-renders when the portal goes offline or comes back. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}

/** Subscribes to changes of `isOnline()` outside React (the sync of queued completions). */
export function onConnectivityChange(listener: () => void): () => void {
  return subscribe(listener);
}
