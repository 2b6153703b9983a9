import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { getMeQueryOptions, type Me } from './get-me';

export type PasswordChangeInput = Schemas['PasswordChangeDto'];

/** Replaces the signed-in user's password, given the current one; other sessions are signed out. */
export function changePassword(input: PasswordChangeInput): Promise<Me> {
  return unwrap(api.PUT('/api/auth/me/password', { body: input }));
}

/** On success the session query holds the user, no longer asked to change their password. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (me) => queryClient.setQueryData(getMeQueryOptions().queryKey, me),
  });
}
