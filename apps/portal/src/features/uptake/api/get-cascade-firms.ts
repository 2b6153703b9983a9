import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CascadeFirm = Schemas['CascadeFirmDto'];

/** The train-the-trainer cascade's reach per member firm: every firm for an admin, a member admin's own. */
export function getCascadeFirms(signal?: AbortSignal) {
  return unwrap(api.GET('/api/reporting/cascade/firms', { signal }));
}

export function getCascadeFirmsQueryOptions() {
  return queryOptions({ queryKey: ['cascade', 'firms'], queryFn: ({ signal }) => getCascadeFirms(signal) });
}

export function useCascadeFirms() {
  return useQuery(getCascadeFirmsQueryOptions());
}
