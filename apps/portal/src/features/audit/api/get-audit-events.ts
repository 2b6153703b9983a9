import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type AuditAction } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type AuditEvent = Schemas['AuditEventResponseDto'];

/** The log's filters, as the API names them. */
export interface AuditEventFilter {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: AuditAction;
  /** First and last day (YYYY-MM-DD) in the reader's time zone. */
  from?: string;
  to?: string;
}

export interface GetAuditEventsParams extends AuditEventFilter {
  page: number;
  pageSize?: number;
}

/** One page of the audit log, newest first (admins only). */
export function getAuditEvents(
  { pageSize = DEFAULT_PAGE_SIZE, ...params }: GetAuditEventsParams,
  signal?: AbortSignal,
) {
  return unwrap(api.GET('/api/audit-events', { params: { query: { ...params, pageSize } }, signal }));
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

/** The filtered log as CSV, each event in words in the reader's language: a plain link downloads it. */
export function auditExportHref(filter: AuditEventFilter): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) search.set(key, value);
  const qs = search.toString();
  return qs ? `/api/audit-events/export?${qs}` : '/api/audit-events/export';
}
