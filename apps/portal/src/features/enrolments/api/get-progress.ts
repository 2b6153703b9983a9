import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Progress = Schemas['ProgressDto'];

/** The lessons done in an enrolment, with the enrolment (status, next lesson). */
export function getProgress(enrolmentId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/enrolments/{id}/progress', { params: { path: { id: enrolmentId } }, signal }));
}

export const progressQueryKey = (enrolmentId: string) => ['enrolments', 'progress', enrolmentId] as const;

export function getProgressQueryOptions(enrolmentId: string) {
  return queryOptions({
    queryKey: progressQueryKey(enrolmentId),
    queryFn: ({ signal }) => getProgress(enrolmentId, signal),
  });
}

export function useProgress(enrolmentId: string) {
  return useQuery(getProgressQueryOptions(enrolmentId));
}
