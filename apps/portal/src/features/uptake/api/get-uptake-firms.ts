import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { filterQuery, type UptakePeriodFilter } from './uptake-filter';

export type UptakeFirms = Schemas['UptakeFirmsDto'];
export type UptakeFirm = Schemas['UptakeFirmDto'];

/** What each member firm contributed: every firm for an admin, a member admin's own firm only. */
export function getUptakeFirms(params: UptakePeriodFilter, signal?: AbortSignal) {
  return unwrap(api.GET('/api/reporting/uptake/firms', { params: { query: filterQuery(params) }, signal }));
}

export function getUptakeFirmsQueryOptions(params: UptakePeriodFilter) {
  return queryOptions({
    queryKey: ['uptake', 'firms', filterQuery(params)],
    queryFn: ({ signal }) => getUptakeFirms(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUptakeFirms(params: UptakePeriodFilter) {
  return useQuery(getUptakeFirmsQueryOptions(params));
}
