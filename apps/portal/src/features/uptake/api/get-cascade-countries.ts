import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CascadeCountry = Schemas['CascadeCountryDto'];

/** Per country: its officers reached by member-firm experts and by local trainers, and how deep the cascade goes. */
export function getCascadeCountries(signal?: AbortSignal) {
  return unwrap(api.GET('/api/reporting/cascade/countries', { signal }));
}

export function getCascadeCountriesQueryOptions() {
  return queryOptions({ queryKey: ['cascade', 'countries'], queryFn: ({ signal }) => getCascadeCountries(signal) });
}

/** Admins only (`enabled`): the API answers other roles 403. */
export function useCascadeCountries({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getCascadeCountriesQueryOptions(), enabled });
}
