import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/**
 * The trainer withdraws from an accepted assignment; its cohort is cancelled and the request re-opens.
 * Refused (409) once the withdrawal deadline before the start has passed.
 */
export function withdrawAssignment(id: string) {
  return unwrap(api.POST('/api/assignments/{id}/withdraw', { params: { path: { id } }, body: {} }));
}

export function useWithdrawAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAssignment,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['assignments'] }),
        queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
      ]),
  });
}
