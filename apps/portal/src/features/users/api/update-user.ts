import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { userQueryKey } from './get-user';

export type UserUpdateInput = Schemas['UserUpdateDto'];

/** Edits an account (name, e-mail; role, unit and firm for admins) or disables / enables it. */
export function updateUser(id: string, input: UserUpdateInput) {
  return unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserUpdateInput) => updateUser(id, input),
    onSuccess: (user) => {
      queryClient.setQueryData(userQueryKey(id), user);
      return queryClient.invalidateQueries({ queryKey: ['users'], predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
}
