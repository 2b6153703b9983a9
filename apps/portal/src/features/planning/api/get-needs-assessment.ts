import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type NeedsAssessment = Schemas['NeedsAssessmentDetailDto'];

/** One needs assessment with officers per competency role and levels per competency. */
export function getNeedsAssessment(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/needs-assessments/{id}', { params: { path: { id } }, signal }));
}

export const needsAssessmentQueryKey = (id: string) => ['needs-assessments', 'detail', id] as const;

export function getNeedsAssessmentQueryOptions(id: string) {
  return queryOptions({
    queryKey: needsAssessmentQueryKey(id),
    queryFn: ({ signal }) => getNeedsAssessment(id, signal),
  });
}

export function useNeedsAssessment(id: string) {
  return useQuery(getNeedsAssessmentQueryOptions(id));
}
