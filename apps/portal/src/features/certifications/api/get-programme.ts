import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** One certification programme. */
export function getProgramme(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/certification-programmes/{id}', { params: { path: { id } }, signal }));
}

export const programmeQueryKey = (id: string) => ['certification-programmes', 'detail', id] as const;

export function getProgrammeQueryOptions(id: string) {
  return queryOptions({ queryKey: programmeQueryKey(id), queryFn: ({ signal }) => getProgramme(id, signal) });
}

export function useProgramme(id: string) {
  return useQuery(getProgrammeQueryOptions(id));
}
