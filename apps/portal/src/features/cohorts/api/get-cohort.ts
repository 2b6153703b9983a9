import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** One cohort, with seats left and the waitlist's length. */
export function getCohort(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/cohorts/{id}', { params: { path: { id } }, signal }));
}

export const cohortQueryKey = (id: string) => ['cohorts', 'detail', id] as const;

export function getCohortQueryOptions(id: string) {
  return queryOptions({ queryKey: cohortQueryKey(id), queryFn: ({ signal }) => getCohort(id, signal) });
}

export function useCohort(id: string | null | undefined) {
  return useQuery({ ...getCohortQueryOptions(id ?? ''), enabled: Boolean(id) });
}
