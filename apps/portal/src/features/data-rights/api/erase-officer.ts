import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type ErasureResult = Schemas['ErasureResponseDto'];

/** Admins: erases the officer's personal data. Their unit's coordinator: sends the admins a request to. */
export function eraseOfficer(officerId: string, reason: string) {
  return unwrap(api.POST('/api/users/{id}/erasure', { params: { path: { id: officerId } }, body: { reason } }));
}

export function useEraseOfficer(officerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => eraseOfficer(officerId, reason),
    onSuccess: (result) =>
      result.status === 'erased'
        ? Promise.all([
            queryClient.invalidateQueries({ queryKey: ['data-rights', officerId] }),
            queryClient.invalidateQueries({ queryKey: ['training-records'] }),
            queryClient.invalidateQueries({ queryKey: ['users'] }),
          ])
        : undefined,
  });
}
