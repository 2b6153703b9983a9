import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError, isNetworkFailure, unwrap } from '@/lib/api-client';

export type Me = Schemas['MeResponseDto'];

/** Where this device keeps the last signed-in user, for opening saved courses with no connection. */
const KEPT_ME = 'icspa.offline.me';

/** Keeps (or, with null, forgets) the signed-in user on this device. */
export function keepMe(me: Me | null): void {
  try {
    if (me) localStorage.setItem(KEPT_ME, JSON.stringify(me));
    else localStorage.removeItem(KEPT_ME);
  } catch {
    // private mode or full storage: nothing kept, the portal needs the server to open
  }
}

/**
 * The user kept on this device (signed in here before and not signed out since): a hint that there may be a
 * session, used to decide whether a page waits for `/api/auth/me` or speculatively asks for its data beside
 * it. Never trusted for access: the API decides, and the guards wait for the real answer.
 */
export function keptMe(): Me | null {
  try {
    const kept = localStorage.getItem(KEPT_ME);
    return kept ? (JSON.parse(kept) as Me) : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in user, or null when there is no session (401 is an answer here, not a failure). The user
 * is kept on this device, so that with no answer from the server (offline) the portal still opens the
 * courses saved for offline reading; a 401 or signing out forgets it.
 */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/api/auth/me', { signal }));
    keepMe(me);
    return me;
  } catch (error) {
    if (isApiError(error, 401)) {
      keepMe(null);
      return null;
    }
    const kept = isNetworkFailure(error) ? keptMe() : null;
    if (kept) return kept;
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
