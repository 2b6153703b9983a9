import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type AccountLinkInfo = Schemas['AccountLinkInfoDto'];

/** The account a one-time link is for, while the link is usable (else the API refuses with `account_link.invalid`). */
export function getAccountLink(token: string, signal?: AbortSignal): Promise<AccountLinkInfo> {
  return unwrap(api.POST('/api/auth/account-link', { body: { token }, signal }));
}

export function useAccountLink(token: string) {
  return useQuery(
    queryOptions({
      queryKey: ['account-link', token],
      queryFn: ({ signal }) => getAccountLink(token, signal),
      enabled: token !== '',
      retry: false,
      staleTime: Infinity,
    }),
  );
}
