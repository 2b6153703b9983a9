import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError, isNetworkFailure, unwrap } from '@/lib/api-client';

export type Me = Schemas['MeResponseDto'];

/** The device's copy of the signed-in user (loaded on demand: IndexedDB is not needed to sign in). */
const offlineDb = () => import('@/lib/offline-db');

/**
 * The signed-in user, or null when there is no session (401 is an answer here, not a failure). The user
 * is kept on this device, so that with no connection the portal still opens the pages saved for offline.
 */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/api/auth/me', { signal }));
    void offlineDb()
      .then((db) => db.keepMe(me))
      .catch(() => undefined);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) {
      void offlineDb()
        .then((db) => db.keepMe(null))
        .catch(() => undefined);
      return null;
    }
    if (isNetworkFailure(error)) {
      const kept = await offlineDb()
        .then((db) => db.keptMe())
        .catch(() => undefined);
      if (kept) return kept;
    }
    throw error;
  }
}

export const ME_QUERY_KEY = ['auth', 'me'] as const;

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}

/** Every cached query but the session's: what must go when the user changes. */
export function isOtherThanMe(query: { queryKey: readonly unknown[] }): boolean {
  return !(query.queryKey[0] === ME_QUERY_KEY[0] && query.queryKey[1] === ME_QUERY_KEY[1]);
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}

/** Under `ProtectedRoute`: the signed-in user (undefined only for the instant the session ends). */
export function useSignedInUser(): Me | undefined {
  return useMe().data ?? undefined;
}

/**
 * How the last session ended. After signing out, the route guard sends the user to a plain sign-in
 * page; after an expiry it remembers the page, to return to it. Kept outside React so that the order
 * in which components hear of the ended session cannot change the answer.
 */
let endedBySigningOut = false;
export const sessionEnd = {
  markSignedOut: () => void (endedBySigningOut = true),
  reset: () => void (endedBySigningOut = false),
  bySigningOut: () => endedBySigningOut,
};
