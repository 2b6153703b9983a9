import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Revokes a certification with a reason the holder is shown; verifiers see it at once (admins). */
export function revokeCertification({ id, reason }: { id: string; reason: string }) {
  return unwrap(api.POST('/api/certifications/{id}/revoke', { params: { path: { id } }, body: { reason } }));
}

export function useRevokeCertification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCertification,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['certifications'] }),
  });
}
