import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type UserCreateInput = Schemas['UserCreateDto'];
export type CreatedUser = Schemas['UserCreatedResponseDto'];
export type IssuedLink = Schemas['AccountLinkIssuedDto'];

/** Creates an account in the reader's scope; without a password the owner is invited (the link comes back when it was not e-mailed). */
export function createUser(input: UserCreateInput): Promise<CreatedUser> {
  return unwrap(api.POST('/api/users', { body: input }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
