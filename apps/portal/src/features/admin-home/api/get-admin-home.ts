import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type AdminHome = Schemas['AdminHomeDto'];

/** What needs an admin's attention today. */
export function getAdminHome(signal?: AbortSignal) {
  return unwrap(api.GET('/api/admin-home', { signal }));
}

export function getAdminHomeQueryOptions() {
  return queryOptions({ queryKey: ['admin-home'], queryFn: ({ signal }) => getAdminHome(signal) });
}

export function useAdminHome() {
  return useQuery(getAdminHomeQueryOptions());
}
