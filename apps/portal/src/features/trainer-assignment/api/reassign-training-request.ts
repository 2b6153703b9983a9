import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { trainingRequestQueryKey } from './get-training-request';

/**
 * Admins: cancels the live proposal or assignment and proposes the chosen trainer (or co-delivery pair) instead.
 * A trainer booked over the period is refused (409, naming `trainerId` or `coTrainerId`).
 */
export function reassignTrainingRequest({
  id,
  trainerId,
  coTrainerId,
}: {
  id: string;
  trainerId: string;
  /** Co-delivery: the local trainer proposed beside the expert (both booked or neither). */
  coTrainerId?: string;
}) {
  return unwrap(
    api.POST('/api/training-requests/{id}/reassign', {
      params: { path: { id } },
      body: coTrainerId ? { trainerId, coTrainerId } : { trainerId },
    }),
  );
}

export function useReassignTrainingRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reassignTrainingRequest,
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
