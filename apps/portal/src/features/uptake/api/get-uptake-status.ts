import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type UptakeStatus = Schemas['UptakeStatusDto'];

/** When the figures were taken, and whether a refresh is running (with its progress). */
export function getUptakeStatus(signal?: AbortSignal) {
  return unwrap(api.GET('/api/reporting/uptake/status', { signal }));
}

/** `pollMs`: ask again this often (while a refresh runs), or not at all. */
export function getUptakeStatusQueryOptions(pollMs: number | false = false) {
  return queryOptions({
    queryKey: ['uptake', 'status'],
    queryFn: ({ signal }) => getUptakeStatus(signal),
    refetchInterval: pollMs,
    staleTime: 0,
  });
}

export function useUptakeStatus(pollMs: number | false = false) {
  return useQuery(getUptakeStatusQueryOptions(pollMs));
}
