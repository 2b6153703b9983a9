import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type SwitchRunResult = Schemas['EnrolmentSwitchResultDto'];

/**
 * "Switch to this run": moves the officer's enrolment to another run of the course. With a free seat there,
 * they take it and give up the old one; when it is full, they wait in its queue and keep their seat
 * (`outcome: 'pending'`) until a seat there is theirs.
 */
export function switchRun({ enrolmentId, cohortId }: { enrolmentId: string; cohortId: string }) {
  return unwrap(api.POST('/api/enrolments/{id}/switch', { params: { path: { id: enrolmentId } }, body: { cohortId } }));
}

export function useSwitchRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchRun,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
        queryClient.invalidateQueries({ queryKey: ['enrolments'] }),
      ]),
  });
}
