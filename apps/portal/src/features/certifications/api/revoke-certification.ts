import type { RevocationCategory } from '@icspa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/**
 * Revokes a certification with a reason the holder is shown and a category, the only part verifiers see;
 * verifiers see the revocation at once (admins).
 */
export function revokeCertification({
  id,
  reason,
  category,
}: {
  id: string;
  reason: string;
  category?: RevocationCategory;
}) {
  return unwrap(api.POST('/api/certifications/{id}/revoke', { params: { path: { id } }, body: { reason, category } }));
}

export function useRevokeCertification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCertification,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['certifications'] }),
  });
}
