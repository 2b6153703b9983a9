import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CountryUpdateInput = Schemas['CountryUpdateDto'];

/** Admins: a country's settings (its retention of officers' personal data, its region, hotspot). */
export function updateCountry(code: string, input: CountryUpdateInput) {
  return unwrap(api.PATCH('/api/countries/{code}', { params: { path: { code } }, body: input }));
}

export function useUpdateCountry(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CountryUpdateInput) => updateCountry(code, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['countries'] }),
  });
}
