import type { Schemas } from '@icspa/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Credential = Schemas['CredentialResponseDto'];

/** The signed Open Badges 3.0 credential of a certification (its holder and admins). */
export function getCredential(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/certifications/{id}/credential', { params: { path: { id } }, signal }));
}

export function getCredentialQueryOptions(id: string) {
  // Fetched on demand for a download: kept briefly, never refetched in the background.
  return queryOptions({
    queryKey: ['certifications', 'credential', id],
    queryFn: ({ signal }) => getCredential(id, signal),
    gcTime: 60_000,
  });
}

/** Fetches a credential when the holder asks to download it (a click, not a page load). */
export function useFetchCredential() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => queryClient.fetchQuery(getCredentialQueryOptions(id)) });
}
