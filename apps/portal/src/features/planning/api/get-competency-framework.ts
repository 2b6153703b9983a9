import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CompetencyFramework = Schemas['CompetencyFrameworkDto'];
export type Competency = Schemas['CompetencyResponseDto'];
export type CompetencyRole = Schemas['CompetencyRoleResponseDto'];

/** Competency roles and competencies, named in the reader's language (admins: the English source they edit). */
export function getCompetencyFramework(signal?: AbortSignal) {
  return unwrap(api.GET('/api/competency-framework', { signal }));
}

export const COMPETENCY_FRAMEWORK_QUERY_KEY = ['competency-framework'] as const;

export function getCompetencyFrameworkQueryOptions() {
  return queryOptions({
    queryKey: COMPETENCY_FRAMEWORK_QUERY_KEY,
    queryFn: ({ signal }) => getCompetencyFramework(signal),
  });
}

export function useCompetencyFramework() {
  return useQuery(getCompetencyFrameworkQueryOptions());
}
