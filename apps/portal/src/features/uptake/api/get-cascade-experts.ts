import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CascadeExpert = Schemas['CascadeExpertDto'];

/** Each expert trainer's reach, directly and through the local trainers they trained (admins only). */
export function getCascadeExperts(signal?: AbortSignal) {
  return unwrap(api.GET('/api/reporting/cascade/experts', { signal }));
}

export function getCascadeExpertsQueryOptions() {
  return queryOptions({ queryKey: ['cascade', 'experts'], queryFn: ({ signal }) => getCascadeExperts(signal) });
}

/** Admins only (`enabled`): the API answers other roles 403. */
export function useCascadeExperts({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getCascadeExpertsQueryOptions(), enabled });
}
