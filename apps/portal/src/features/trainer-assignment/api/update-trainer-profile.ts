import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { TrainerProfileUpdateBody } from '@/features/trainer-assignment/lib/profile-form';
import { trainerQueryKey } from './get-trainer';

/** Saves what changed of a trainer's profile; only member admins and admins may send `courseIds`. */
export function updateTrainerProfile({ id, ...input }: TrainerProfileUpdateBody & { id: string }) {
  return unwrap(api.PATCH('/api/trainers/{id}/profile', { params: { path: { id } }, body: input }));
}

export function useUpdateTrainerProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTrainerProfile,
    onSuccess: (trainer) => {
      queryClient.setQueryData(trainerQueryKey(trainer.id), trainer);
      return queryClient.invalidateQueries({ queryKey: ['trainers', 'list'] });
    },
  });
}
