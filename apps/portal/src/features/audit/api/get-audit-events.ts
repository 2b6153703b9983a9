import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type AuditEvent = Schemas['AuditEventResponseDto'];

export interface GetAuditEventsParams {
  page: number;
  pageSize?: number;
}

/** One page of the audit log, newest first (admins only). */
export function getAuditEvents({ page, pageSize = DEFAULT_PAGE_SIZE }: GetAuditEventsParams, signal?: AbortSignal) {
  return unwrap(api.GET('/api/audit-events', { params: { query: { page, pageSize } }, signal }));
}

export function getAuditEventsQueryOptions(params: GetAuditEventsParams) {
  return queryOptions({
    queryKey: ['audit-events', params],
    queryFn: ({ signal }) => getAuditEvents(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEvents(params: GetAuditEventsParams) {
  return useQuery(getAuditEventsQueryOptions(params));
}
