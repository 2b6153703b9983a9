import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Roster = Schemas['RosterDto'];
export type RosterEntry = Schemas['RosterEntryDto'];

/** A cohort and its officers, with progress and best scores (its trainer and admins). */
export function getRoster(cohortId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/cohorts/{id}/roster', { params: { path: { id: cohortId } }, signal }));
}

export const rosterQueryKey = (cohortId: string) => ['cohorts', 'roster', cohortId] as const;

export function getRosterQueryOptions(cohortId: string) {
  return queryOptions({ queryKey: rosterQueryKey(cohortId), queryFn: ({ signal }) => getRoster(cohortId, signal) });
}

export function useRoster(cohortId: string) {
  return useQuery(getRosterQueryOptions(cohortId));
}
