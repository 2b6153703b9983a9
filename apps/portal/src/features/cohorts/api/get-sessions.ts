import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type TrainingSession = Schemas['TrainingSessionResponseDto'];

/** A cohort's training sessions in time order (whoever may see the cohort). */
export function getSessions(cohortId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/cohorts/{id}/sessions', { params: { path: { id: cohortId } }, signal }));
}

export const sessionsQueryKey = (cohortId: string) => ['cohorts', 'sessions', cohortId] as const;

export function useSessions(cohortId: string) {
  return useQuery(
    queryOptions({ queryKey: sessionsQueryKey(cohortId), queryFn: ({ signal }) => getSessions(cohortId, signal) }),
  );
}
