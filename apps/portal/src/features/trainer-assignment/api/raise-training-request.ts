import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { TrainingRequestCreateBody } from '@/features/trainer-assignment/lib/request-form';
import { trainingRequestQueryKey } from './get-training-request';

/** Raises a training request for the coordinator's unit; the matcher takes it from the queue. */
export function raiseTrainingRequest(input: TrainingRequestCreateBody) {
  return unwrap(api.POST('/api/training-requests', { body: input }));
}

export function useRaiseTrainingRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: raiseTrainingRequest,
    onSuccess: (request) => {
      queryClient.setQueryData(trainingRequestQueryKey(request.id), request);
      return queryClient.invalidateQueries({ queryKey: ['training-requests', 'list'] });
    },
  });
}
