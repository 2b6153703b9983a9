import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { namedRostersQueryKey } from './get-named-rosters';
import { rosterQueryKey } from './get-roster';

/**
 * A unit's named roster in a cohort is withdrawn: its officers there are pseudonyms again to member-firm staff.
 * A coordinator for their own unit (the default), an admin for the unit given.
 */
export function withdrawNamedRoster({ cohortId, policeUnitId }: { cohortId: string; policeUnitId?: string }) {
  return unwrap(
    api.DELETE('/api/cohorts/{id}/named-roster', {
      params: { path: { id: cohortId }, query: policeUnitId ? { policeUnitId } : {} },
    }),
  );
}

export function useWithdrawNamedRoster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawNamedRoster,
    onSuccess: (_, { cohortId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: namedRostersQueryKey(cohortId) }),
        queryClient.invalidateQueries({ queryKey: rosterQueryKey(cohortId) }),
      ]),
  });
}
