import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type NamedRoster = Schemas['NamedRosterDto'];

/**
 * The units that opted a cohort into named rosters, as the reader may see them: a coordinator their unit's choice,
 * admins every unit's (with reason, who and when), the cohort's trainers which units (no reason).
 */
export function getNamedRosters(cohortId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/cohorts/{id}/named-roster', { params: { path: { id: cohortId } }, signal }));
}

export const namedRostersQueryKey = (cohortId: string) => ['cohorts', 'named-roster', cohortId] as const;

export function getNamedRostersQueryOptions(cohortId: string) {
  return queryOptions({
    queryKey: namedRostersQueryKey(cohortId),
    queryFn: ({ signal }) => getNamedRosters(cohortId, signal),
  });
}

export function useNamedRosters(cohortId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getNamedRostersQueryOptions(cohortId), enabled });
}
