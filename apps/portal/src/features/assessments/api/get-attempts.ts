import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The attempts of an enrolment, oldest first, scores only (no questions). */
export function getAttempts(enrolmentId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/enrolments/{id}/attempts', { params: { path: { id: enrolmentId } }, signal }));
}

export const attemptsQueryKey = (enrolmentId: string) => ['attempts', 'list', enrolmentId] as const;

export function getAttemptsQueryOptions(enrolmentId: string) {
  return queryOptions({
    queryKey: attemptsQueryKey(enrolmentId),
    queryFn: ({ signal }) => getAttempts(enrolmentId, signal),
  });
}

export function useAttempts(enrolmentId: string) {
  return useQuery(getAttemptsQueryOptions(enrolmentId));
}
