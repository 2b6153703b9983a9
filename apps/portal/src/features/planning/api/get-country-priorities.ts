import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CountryPriority = Schemas['CountryPriorityDto'];

/** Every country's priority weight (1–5; default 4 for hotspots, 2 otherwise). */
export function getCountryPriorities(signal?: AbortSignal) {
  return unwrap(api.GET('/api/country-priorities', { signal }));
}

export function useCountryPriorities() {
  return useQuery(
    queryOptions({ queryKey: ['country-priorities'], queryFn: ({ signal }) => getCountryPriorities(signal) }),
  );
}
