import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The coordinator's or the admin's confirmation; the second makes the officer a local trainer. */
export function confirmLocalTrainerApplication(id: string) {
  return unwrap(api.POST('/api/local-trainer-applications/{id}/confirm', { params: { path: { id } }, body: {} }));
}

export function useConfirmLocalTrainerApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmLocalTrainerApplication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['local-trainer-applications'] }),
  });
}
