import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { filterQuery, type UptakeScopeFilter } from './uptake-filter';

export type UptakeSeries = Schemas['UptakeSeriesDto'];
export type UptakeMonth = Schemas['UptakeMonthDto'];

/** The monthly series of the period, oldest month first, for the trend charts. */
export function getUptakeSeries(params: UptakeScopeFilter, signal?: AbortSignal) {
  return unwrap(api.GET('/api/reporting/uptake/series', { params: { query: filterQuery(params) }, signal }));
}

export function getUptakeSeriesQueryOptions(params: UptakeScopeFilter) {
  return queryOptions({
    queryKey: ['uptake', 'series', filterQuery(params)],
    queryFn: ({ signal }) => getUptakeSeries(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUptakeSeries(params: UptakeScopeFilter) {
  return useQuery(getUptakeSeriesQueryOptions(params));
}
