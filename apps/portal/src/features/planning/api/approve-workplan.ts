import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Approves a workplan: its lines become training requests, or open cohorts when self-paced. */
export function approveWorkplan(id: string) {
  return unwrap(api.POST('/api/workplans/{id}/approve', { params: { path: { id } }, body: {} }));
}

export function useApproveWorkplan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => approveWorkplan(id),
    onSuccess: () => client.invalidateQueries({ queryKey: ['workplans'] }),
  });
}
