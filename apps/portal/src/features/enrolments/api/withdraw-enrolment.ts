import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Withdraws an enrolment; a freed seat goes to the first officer on the waitlist. */
export function withdrawEnrolment(id: string) {
  return unwrap(api.POST('/api/enrolments/{id}/withdraw', { params: { path: { id } }, body: {} }));
}

export function useWithdrawEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawEnrolment,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['enrolments'] }),
        queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
      ]),
  });
}
