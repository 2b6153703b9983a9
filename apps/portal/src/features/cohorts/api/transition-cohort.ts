import type { CohortStatus } from '@icspa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cohortQueryKey } from './get-cohort';

/** Moves a cohort to another status, as `COHORT_TRANSITIONS` allows (admins). Cancelling withdraws its officers. */
export function transitionCohort({ id, status }: { id: string; status: CohortStatus }) {
  return unwrap(api.POST('/api/cohorts/{id}/status', { params: { path: { id } }, body: { status } }));
}

export function useTransitionCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionCohort,
    onSuccess: (cohort) => {
      queryClient.setQueryData(cohortQueryKey(cohort.id), cohort);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
        queryClient.invalidateQueries({ queryKey: ['enrolments'] }),
      ]);
    },
  });
}
