import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The coordinator or an admin refuses an application, with the reason the officer reads. */
export function refuseLocalTrainerApplication({ id, reason }: { id: string; reason: string }) {
  return unwrap(
    api.POST('/api/local-trainer-applications/{id}/refuse', { params: { path: { id } }, body: { reason } }),
  );
}

export function useRefuseLocalTrainerApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: refuseLocalTrainerApplication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['local-trainer-applications'] }),
  });
}
