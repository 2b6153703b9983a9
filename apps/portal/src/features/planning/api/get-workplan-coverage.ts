import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type WorkplanCoverage = Schemas['WorkplanCoverageDto'];
export type UnitCoverage = Schemas['UnitCoverageDto'];

/** Per unit and competency role: officers needed, and officers at the required level before the plan and now. */
export function getWorkplanCoverage(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/workplans/{id}/coverage', { params: { path: { id } }, signal }));
}

export const workplanCoverageQueryKey = (id: string) => ['workplans', id, 'coverage'] as const;

export function useWorkplanCoverage(id: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: workplanCoverageQueryKey(id),
      queryFn: ({ signal }) => getWorkplanCoverage(id, signal),
      enabled,
    }),
  );
}
