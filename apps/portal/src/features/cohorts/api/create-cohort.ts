import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CohortCreateInput = Schemas['CohortCreateDto'];

/** Schedules a cohort of a course; it starts as planned (admins). */
export function createCohort(input: CohortCreateInput) {
  return unwrap(api.POST('/api/cohorts', { body: input }));
}

export function useCreateCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCohort,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
  });
}
