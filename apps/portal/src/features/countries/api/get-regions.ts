import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Region = Schemas['RegionResponseDto'];

/** All regions (a short, fixed list: not paginated). */
export function getRegions(signal?: AbortSignal) {
  return unwrap(api.GET('/api/regions', { signal }));
}

export function getRegionsQueryOptions() {
  return queryOptions({ queryKey: ['regions'], queryFn: ({ signal }) => getRegions(signal), staleTime: Infinity });
}

export function useRegions() {
  return useQuery(getRegionsQueryOptions());
}
