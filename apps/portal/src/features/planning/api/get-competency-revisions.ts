import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Every version of a competency, newest first (admins). */
export function getCompetencyRevisions(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/competencies/{id}/revisions', { params: { path: { id } }, signal }));
}

export function useCompetencyRevisions(id: string, enabled: boolean) {
  return useQuery({
    ...queryOptions({
      queryKey: ['competency-framework', 'revisions', id] as const,
      queryFn: ({ signal }) => getCompetencyRevisions(id, signal),
    }),
    enabled,
  });
}
