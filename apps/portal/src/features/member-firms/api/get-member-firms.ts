import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type MemberFirm = Schemas['MemberFirmResponseDto'];

export interface GetMemberFirmsParams {
  page: number;
  pageSize?: number;
}

/** One page of the member firms the caller may see (all of them for an admin). */
export function getMemberFirms({ page, pageSize = DEFAULT_PAGE_SIZE }: GetMemberFirmsParams, signal?: AbortSignal) {
  return unwrap(api.GET('/api/member-firms', { params: { query: { page, pageSize } }, signal }));
}

export function getMemberFirmsQueryOptions(params: GetMemberFirmsParams) {
  return queryOptions({
    queryKey: ['member-firms', 'list', params],
    queryFn: ({ signal }) => getMemberFirms(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMemberFirms(params: GetMemberFirmsParams) {
  return useQuery(getMemberFirmsQueryOptions(params));
}
