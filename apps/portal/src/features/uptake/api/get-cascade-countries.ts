import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CascadeCountries = Schemas['CascadeCountriesDto'];
export type CascadeCountry = Schemas['CascadeCountryDto'];

/**
 * Per country (one region's when `region` is set): its officers reached by member-firm experts and by local
 * trainers, and how deep the cascade goes. Outside an admin's view, a country the uptake dashboard withholds
 * comes `withheld`, with no figure.
 */
export function getCascadeCountries(region: string | undefined, signal?: AbortSignal) {
  return unwrap(api.GET('/api/reporting/cascade/countries', { params: { query: { region } }, signal }));
}

export function getCascadeCountriesQueryOptions(region?: string) {
  return queryOptions({
    queryKey: ['cascade', 'countries', region ?? null],
    queryFn: ({ signal }) => getCascadeCountries(region, signal),
  });
}

/** Admins and member admins (the API answers other roles 403). */
export function useCascadeCountries(region?: string) {
  return useQuery(getCascadeCountriesQueryOptions(region));
}
