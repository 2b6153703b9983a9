import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Renews a certification inside its recertification window: the new one starts at the old expiry. */
export function recertify(id: string) {
  return unwrap(api.POST('/api/certifications/{id}/recertify', { params: { path: { id } }, body: {} }));
}

export function useRecertify() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recertify,
    // Not awaited: the caller's own success message shows at once, the list follows.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['certifications'] }),
  });
}
