import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '@/lib/api-client';
import { getMeQueryOptions, isOtherThanMe, keepMe, sessionEnd } from './get-me';

/** Ends the session; a session that had already ended (401) counts as signed out too. */
export async function logout(): Promise<void> {
  try {
    await unwrap(api.POST('/api/auth/logout', { body: {} }));
  } catch (error) {
    if (!isApiError(error, 401)) throw error;
  }
}

/** On success the cache forgets the user and their data; the route guard then shows the sign-in page. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      sessionEnd.markSignedOut();
      keepMe(null);
      queryClient.removeQueries({ predicate: isOtherThanMe });
      queryClient.setQueryData(getMeQueryOptions().queryKey, null);
    },
  });
}
