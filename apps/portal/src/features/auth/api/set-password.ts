import type { Schemas } from '@icspa/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type SetPasswordInput = Schemas['SetPasswordDto'];

/** Sets an account's password through a one-time link (which is then used up). */
export function setPassword(input: SetPasswordInput): Promise<Schemas['SetPasswordResponseDto']> {
  return unwrap(api.POST('/api/auth/set-password', { body: input }));
}

export function useSetPassword() {
  return useMutation({ mutationFn: setPassword });
}
