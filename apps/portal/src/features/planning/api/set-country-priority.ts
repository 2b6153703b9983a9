import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Sets a country's priority weight (admins). */
export function setCountryPriority(input: { code: string; weight: number }) {
  return unwrap(
    api.PUT('/api/country-priorities/{code}', {
      params: { path: { code: input.code } },
      body: { weight: input.weight },
    }),
  );
}

export function useSetCountryPriority() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setCountryPriority,
    onSuccess: () => client.invalidateQueries({ queryKey: ['country-priorities'] }),
  });
}
