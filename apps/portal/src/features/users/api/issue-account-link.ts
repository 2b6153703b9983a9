import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { IssuedLink } from './create-user';
import { userQueryKey } from './get-user';

export type AccountLinkKind = 'invitation' | 'password-reset';

/** A new invitation or password-reset link for an account; earlier links stop working. */
export function issueAccountLink(id: string, kind: AccountLinkKind): Promise<IssuedLink> {
  return kind === 'invitation'
    ? unwrap(api.POST('/api/users/{id}/invitation', { params: { path: { id } }, body: {} }))
    : unwrap(api.POST('/api/users/{id}/password-reset', { params: { path: { id } }, body: {} }));
}

export function useIssueAccountLink(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind: AccountLinkKind) => issueAccountLink(id, kind),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userQueryKey(id) }),
  });
}
