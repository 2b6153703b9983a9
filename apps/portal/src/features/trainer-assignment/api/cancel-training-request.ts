import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { trainingRequestQueryKey } from './get-training-request';

/** Cancels a request (its unit's coordinator, admins); a live proposal, assignment and open cohort go with it. */
export function cancelTrainingRequest(id: string) {
  return unwrap(api.POST('/api/training-requests/{id}/cancel', { params: { path: { id } }, body: {} }));
}

export function useCancelTrainingRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelTrainingRequest,
    onSuccess: (request) => {
      queryClient.setQueryData(trainingRequestQueryKey(request.id), request);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['training-requests', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['assignments'] }),
        queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
      ]);
    },
  });
}
