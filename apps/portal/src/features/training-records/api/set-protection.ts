import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/**
 * Marks an officer protected, or lifts it, with the reason the audit log keeps (their unit's coordinator or an
 * admin; never the officer themself).
 */
export function setProtection({
  id,
  protected: isProtected,
  reason,
}: {
  id: string;
  protected: boolean;
  reason: string;
}) {
  return unwrap(
    api.PUT('/api/users/{id}/protection', { params: { path: { id } }, body: { protected: isProtected, reason } }),
  );
}

export function useSetProtection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setProtection,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['training-records'] }),
  });
}
