import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { filterQuery, type UptakePeriodFilter } from './uptake-filter';

export type UptakeMyUnit = Schemas['UptakeMyUnitDto'];
export type UptakeAverage = Schemas['UptakeAverageDto'];

/** A coordinator's own unit beside the mean unit of its country. */
export function getMyUnitUptake(params: UptakePeriodFilter, signal?: AbortSignal) {
  return unwrap(api.GET('/api/reporting/uptake/my-unit', { params: { query: filterQuery(params) }, signal }));
}

export function getMyUnitUptakeQueryOptions(params: UptakePeriodFilter) {
  return queryOptions({
    queryKey: ['uptake', 'my-unit', filterQuery(params)],
    queryFn: ({ signal }) => getMyUnitUptake(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMyUnitUptake(params: UptakePeriodFilter) {
  return useQuery(getMyUnitUptakeQueryOptions(params));
}
