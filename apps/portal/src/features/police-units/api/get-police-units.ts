import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/pagination';

export type PoliceUnit = Schemas['PoliceUnitResponseDto'];

export interface GetPoliceUnitsParams {
  page: number;
  pageSize?: number;
  /** ISO 3166-1 alpha-2 */
  country?: string;
  /** Region code */
  region?: string;
}

/** One page of the police units the caller may see (all of them for an admin). */
export function getPoliceUnits(
  { page, pageSize = DEFAULT_PAGE_SIZE, country, region }: GetPoliceUnitsParams,
  signal?: AbortSignal,
) {
  return unwrap(api.GET('/api/police-units', { params: { query: { page, pageSize, country, region } }, signal }));
}

export function getPoliceUnitsQueryOptions(params: GetPoliceUnitsParams) {
  return queryOptions({
    queryKey: ['police-units', 'list', params],
    queryFn: ({ signal }) => getPoliceUnits(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePoliceUnits(params: GetPoliceUnitsParams) {
  return useQuery(getPoliceUnitsQueryOptions(params));
}

/** Every police unit the caller may see, for pickers (the unit a cohort is reserved for), 100 a page. */
export function getAllPoliceUnitsQueryOptions() {
  return queryOptions({
    queryKey: ['police-units', 'all'],
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getPoliceUnits({ page, pageSize }, signal)),
    staleTime: 5 * 60_000,
  });
}

export function useAllPoliceUnits() {
  return useQuery(getAllPoliceUnitsQueryOptions());
}
