import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type AccessLogEntry = Schemas['AccessLogEntryDto'];

/** Reads of the officer's data from outside their unit, newest first (their coordinator, admins, the officer). */
export function getAccessLog(params: { officerId: string; page: number; pageSize?: number }, signal?: AbortSignal) {
  return unwrap(api.GET('/api/access-log', { params: { query: params }, signal }));
}

export function getAccessLogQueryOptions(params: { officerId: string; page: number; pageSize?: number }) {
  return queryOptions({
    queryKey: ['training-records', 'access-log', params],
    queryFn: ({ signal }) => getAccessLog(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccessLog(params: { officerId: string; page: number; pageSize?: number }) {
  return useQuery(getAccessLogQueryOptions(params));
}
