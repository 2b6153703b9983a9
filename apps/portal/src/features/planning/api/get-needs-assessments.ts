import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type NeedsAssessmentSummary = Schemas['NeedsAssessmentResponseDto'];
export interface NeedsAssessmentsQuery {
  page?: number;
  status?: Schemas['NeedsAssessmentResponseDto']['status'];
}

/** Needs assessments the user may see (a coordinator: their unit's history), newest first. */
export function getNeedsAssessments(query: NeedsAssessmentsQuery, signal?: AbortSignal) {
  return unwrap(api.GET('/api/needs-assessments', { params: { query }, signal }));
}

export function getNeedsAssessmentsQueryOptions(query: NeedsAssessmentsQuery) {
  return queryOptions({
    queryKey: ['needs-assessments', 'list', query] as const,
    queryFn: ({ signal }) => getNeedsAssessments(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useNeedsAssessments(query: NeedsAssessmentsQuery) {
  return useQuery(getNeedsAssessmentsQueryOptions(query));
}
