import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type LocalTrainerApplicationInput = Schemas['LocalTrainerApplicationCreateDto'];

/** An officer applies to become a local trainer on the strength of a train-the-trainer certification. */
export function applyLocalTrainer(body: LocalTrainerApplicationInput) {
  return unwrap(api.POST('/api/local-trainer-applications', { body }));
}

export function useApplyLocalTrainer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyLocalTrainer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['local-trainer-applications'] }),
  });
}
