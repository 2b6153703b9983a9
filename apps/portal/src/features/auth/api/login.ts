import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { getMeQueryOptions, isOtherThanMe, keepMe, sessionEnd, type Me } from './get-me';

export type LoginInput = Schemas['LoginDto'];

/** Signs in; the API answers with the user and sets the session cookie. */
export function login(input: LoginInput): Promise<Me> {
  return unwrap(api.POST('/api/auth/login', { body: input }));
}

/** On success the session query holds the user, which moves the sign-in page on. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // Whatever was cached belonged to no one or to someone else.
      queryClient.removeQueries({ predicate: isOtherThanMe });
      sessionEnd.reset();
      keepMe(me);
      queryClient.setQueryData(getMeQueryOptions().queryKey, me);
    },
  });
}
