import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The trainer accepts a proposal: they are booked and an open cohort is scheduled for the unit. */
export function acceptAssignment(id: string) {
  return unwrap(api.POST('/api/assignments/{id}/accept', { params: { path: { id } }, body: {} }));
}

export function useAcceptAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptAssignment,
    // Not awaited: the accepted proposal leaves the inbox, and the caller's own callbacks must run first.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
      void queryClient.invalidateQueries({ queryKey: ['cohorts'] });
    },
  });
}
