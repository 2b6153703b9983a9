import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { rosterQueryKey } from './get-roster';

export type GradeInput = Schemas['GradeDto'];

/** Records attendance and the result of an in-person or blended enrolment (the cohort's trainer, admins). */
export function gradeEnrolment({ enrolmentId, ...input }: GradeInput & { enrolmentId: string }) {
  return unwrap(api.PUT('/api/enrolments/{id}/grade', { params: { path: { id: enrolmentId } }, body: input }));
}

export function useGradeEnrolment(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: gradeEnrolment,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rosterQueryKey(cohortId) }),
        queryClient.invalidateQueries({ queryKey: ['enrolments'] }),
      ]),
  });
}
