import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** A coordinator enrols officers of their unit into a cohort, all or none; the answer has each one's enrolment. */
export function nominate({ cohortId, officerIds }: { cohortId: string; officerIds: string[] }) {
  return unwrap(
    api.POST('/api/cohorts/{id}/nominations', { params: { path: { id: cohortId } }, body: { officerIds } }),
  );
}

export function useNominate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: nominate,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
        queryClient.invalidateQueries({ queryKey: ['enrolments'] }),
      ]),
  });
}
