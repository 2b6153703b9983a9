import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { filterQuery, type UptakeScopeFilter } from './uptake-filter';

export type UptakeReport = Schemas['UptakeReportDto'];
export type UptakeRow = Schemas['UptakeRowDto'];
export type UptakeLevel = UptakeReport['level'];

export interface GetUptakeParams extends UptakeScopeFilter {
  /** One row per region, per country, or per police unit (admins only). */
  level: UptakeLevel;
}

/** The uptake figures of each area at one level, and their total. */
export function getUptake({ level, ...filter }: GetUptakeParams, signal?: AbortSignal) {
  return unwrap(api.GET('/api/reporting/uptake', { params: { query: { level, ...filterQuery(filter) } }, signal }));
}

export function getUptakeQueryOptions(params: GetUptakeParams) {
  return queryOptions({
    queryKey: ['uptake', 'areas', filterQuery(params)],
    queryFn: ({ signal }) => getUptake(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUptake(params: GetUptakeParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getUptakeQueryOptions(params), enabled: options.enabled ?? true });
}
