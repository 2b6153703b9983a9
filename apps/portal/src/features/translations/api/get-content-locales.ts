import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type ContentLocale = Schemas['ContentLocaleDto'];

/** The languages content is written or translated in (six seeded; admins may add more). */
export function getContentLocales(signal?: AbortSignal) {
  return unwrap(api.GET('/api/content-locales', { signal }));
}

export function useContentLocales() {
  return useQuery(
    queryOptions({
      queryKey: ['content-locales'],
      queryFn: ({ signal }) => getContentLocales(signal),
      staleTime: 10 * 60_000,
    }),
  );
}
