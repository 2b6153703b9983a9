import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { UnavailabilityCreateBody } from '@/features/trainer-assignment/lib/unavailability-form';
import { trainerQueryKey } from './get-trainer';

/** Adds a period in which the trainer is not available; the matcher will not propose them over it. */
export function addUnavailability({ trainerId, ...input }: UnavailabilityCreateBody & { trainerId: string }) {
  return unwrap(api.POST('/api/trainers/{id}/unavailability', { params: { path: { id: trainerId } }, body: input }));
}

export function useAddUnavailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addUnavailability,
    onSuccess: (trainer) => {
      queryClient.setQueryData(trainerQueryKey(trainer.id), trainer);
      return queryClient.invalidateQueries({ queryKey: ['trainers', 'list'] });
    },
  });
}
