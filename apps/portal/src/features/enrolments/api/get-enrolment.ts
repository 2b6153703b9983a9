import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** One enrolment the caller may see. */
export function getEnrolment(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/enrolments/{id}', { params: { path: { id } }, signal }));
}

export const enrolmentQueryKey = (id: string) => ['enrolments', 'detail', id] as const;

export function getEnrolmentQueryOptions(id: string) {
  return queryOptions({ queryKey: enrolmentQueryKey(id), queryFn: ({ signal }) => getEnrolment(id, signal) });
}

export function useEnrolment(id: string) {
  return useQuery(getEnrolmentQueryOptions(id));
}
