import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { trainerQueryKey } from './get-trainer';

/** Removes a period of unavailability. */
export function removeUnavailability({ trainerId, unavailabilityId }: { trainerId: string; unavailabilityId: string }) {
  return unwrap(
    api.DELETE('/api/trainers/{id}/unavailability/{unavailabilityId}', {
      params: { path: { id: trainerId, unavailabilityId } },
    }),
  );
}

export function useRemoveUnavailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeUnavailability,
    onSuccess: (trainer) => {
      queryClient.setQueryData(trainerQueryKey(trainer.id), trainer);
      return queryClient.invalidateQueries({ queryKey: ['trainers', 'list'] });
    },
  });
}
