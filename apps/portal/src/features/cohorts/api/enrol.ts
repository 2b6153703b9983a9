import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Enrolment = Schemas['EnrolmentResponseDto'];

/**
 * The signed-in officer asks for a seat: enrolled, waitlisted, or pending their coordinator's approval.
 * `created` is false (200) when they already had this enrolment.
 */
export async function enrol(cohortId: string): Promise<{ enrolment: Enrolment; created: boolean }> {
  const request = api.POST('/api/cohorts/{id}/enrolments', { params: { path: { id: cohortId } }, body: {} });
  const enrolment = await unwrap(request);
  const { response } = await request;
  return { enrolment, created: response.status === 201 };
}

export function useEnrol() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enrol,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
        queryClient.invalidateQueries({ queryKey: ['enrolments'] }),
      ]),
  });
}
