import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { getMeQueryOptions, isOtherThanMe } from './get-me';

/** Saves the further languages the signed-in user reads, in order (content falls back through them). */
export function updateReadsLocales(readsLocales: string[]) {
  return unwrap(api.PATCH('/api/auth/me', { body: { readsLocales } }));
}

/** Saves the list; content already loaded is fetched again, as it may now read in another language. */
export function useUpdateReadsLocales() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReadsLocales,
    onSuccess: async (me) => {
      queryClient.setQueryData(getMeQueryOptions().queryKey, me);
      await queryClient.invalidateQueries({ predicate: isOtherThanMe });
    },
  });
}
