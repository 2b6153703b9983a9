import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { namedRostersQueryKey } from './get-named-rosters';
import { rosterQueryKey } from './get-roster';

export type NamedRosterInput = Schemas['NamedRosterSetDto'];

/**
 * A unit opts a cohort into named rosters: its officers there are seen by name by the cohort's member-firm trainers
 * (protected officers excepted). A coordinator for their own unit (the default), an admin for the unit given.
 */
export function setNamedRoster({ cohortId, ...body }: NamedRosterInput & { cohortId: string }) {
  return unwrap(api.PUT('/api/cohorts/{id}/named-roster', { params: { path: { id: cohortId } }, body }));
}

export function useSetNamedRoster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setNamedRoster,
    onSuccess: (_, { cohortId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: namedRostersQueryKey(cohortId) }),
        queryClient.invalidateQueries({ queryKey: rosterQueryKey(cohortId) }),
      ]),
  });
}
