import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type ContentLocale = Schemas['ContentLocaleDto'];

/** The languages content is written or translated in (the six, and any an admin added). */
export function getContentLocales(signal?: AbortSignal) {
  return unwrap(api.GET('/api/content-locales', { signal }));
}

export function getContentLocalesQueryOptions() {
  return queryOptions({
    queryKey: ['content-locales'],
    queryFn: ({ signal }) => getContentLocales(signal),
    staleTime: 60 * 60_000,
  });
}

export function useContentLocales() {
  return useQuery(getContentLocalesQueryOptions());
}
