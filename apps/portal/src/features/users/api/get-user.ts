import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export const userQueryKey = (id: string) => ['users', 'one', id] as const;

/** One user (admins only). */
export function getUser(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/users/{id}', { params: { path: { id } }, signal }));
}

export function useUser(id: string) {
  return useQuery(queryOptions({ queryKey: userQueryKey(id), queryFn: ({ signal }) => getUser(id, signal) }));
}
