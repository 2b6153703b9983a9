import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cohortQueryKey } from './get-cohort';

export type CohortUpdateInput = Schemas['CohortUpdateDto'];

/** Changes a cohort's dates, seats, trainer, city or approval rule; enrolled officers are told (admins). */
export function updateCohort({ id, ...input }: CohortUpdateInput & { id: string }) {
  return unwrap(api.PATCH('/api/cohorts/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCohort,
    onSuccess: (cohort) => {
      queryClient.setQueryData(cohortQueryKey(cohort.id), cohort);
      return queryClient.invalidateQueries({ queryKey: ['cohorts'] });
    },
  });
}
