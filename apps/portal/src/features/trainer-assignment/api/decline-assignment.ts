import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The trainer declines a proposal, saying why; the matcher proposes the next candidate. */
export function declineAssignment({ id, reason }: { id: string; reason: string }) {
  return unwrap(api.POST('/api/assignments/{id}/decline', { params: { path: { id } }, body: { reason } }));
}

export function useDeclineAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineAssignment,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['assignments'] }),
  });
}
