import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type PlanLineProgress = Schemas['PlanLineProgressDto'];

/** Per line: requests raised and filled, cohorts held, officers trained and certified against the target. */
export function getWorkplanProgress(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/workplans/{id}/progress', { params: { path: { id } }, signal }));
}

export function useWorkplanProgress(id: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['workplans', id, 'progress'],
      queryFn: ({ signal }) => getWorkplanProgress(id, signal),
      enabled,
    }),
  );
}
