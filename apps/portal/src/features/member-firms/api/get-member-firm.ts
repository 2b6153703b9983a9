import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** One member firm: any for an admin, their own for a trainer or member admin. */
export function getMemberFirm(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/member-firms/{id}', { params: { path: { id } }, signal }));
}

export function getMemberFirmQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['member-firms', 'detail', id],
    queryFn: ({ signal }) => getMemberFirm(id, signal),
  });
}

export function useMemberFirm(id: string | null | undefined) {
  return useQuery({ ...getMemberFirmQueryOptions(id ?? ''), enabled: Boolean(id) });
}
