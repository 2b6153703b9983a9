import type { Schemas } from '@icspa/api-client';
import { MAX_PAGE_SIZE } from '@icspa/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Country = Schemas['CountryResponseDto'];

export interface GetCountriesParams {
  page: number;
  pageSize?: number;
  region?: string;
  hotspot?: boolean;
}

/** One page of countries, by name. */
export function getCountries(
  { page, pageSize = MAX_PAGE_SIZE, region, hotspot }: GetCountriesParams,
  signal?: AbortSignal,
) {
  return unwrap(
    api.GET('/api/countries', {
      params: {
        query: { page, pageSize, region, hotspot: hotspot === undefined ? undefined : hotspot ? 'true' : 'false' },
      },
      signal,
    }),
  );
}

/**
 * Every country matching the filter, for pickers: the world is about 250 countries, so at most three
 * pages of the largest size.
 */
export async function getAllCountries(
  filter: Omit<GetCountriesParams, 'page' | 'pageSize'>,
  signal?: AbortSignal,
): Promise<Country[]> {
  const first = await getCountries({ ...filter, page: 1 }, signal);
  const pages = Math.ceil(first.total / first.pageSize);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => getCountries({ ...filter, page: i + 2 }, signal)),
  );
  return [first, ...rest].flatMap((p) => p.items);
}

export function getCountriesQueryOptions(filter: Omit<GetCountriesParams, 'page' | 'pageSize'> = {}) {
  return queryOptions({
    queryKey: ['countries', 'all', filter],
    queryFn: ({ signal }) => getAllCountries(filter, signal),
    staleTime: 10 * 60_000,
  });
}

/** All countries matching the filter (not one page): see `getAllCountries`. */
export function useCountries(filter: Omit<GetCountriesParams, 'page' | 'pageSize'> = {}) {
  return useQuery(getCountriesQueryOptions(filter));
}
