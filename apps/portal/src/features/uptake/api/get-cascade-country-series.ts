import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CascadeCountrySeries = Schemas['CascadeCountrySeriesDto'];
export type CascadeMonth = Schemas['CascadeMonthDto'];

export interface CascadeSeriesParams {
  countryCode: string;
  from: string;
  to: string;
}

/** One country's delivery month by month: cohorts taught by local trainers, by experts, and co-delivered. */
export function getCascadeCountrySeries({ countryCode, from, to }: CascadeSeriesParams, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/reporting/cascade/countries/{countryCode}', {
      params: { path: { countryCode }, query: { from, to } },
      signal,
    }),
  );
}

export function getCascadeCountrySeriesQueryOptions(params: CascadeSeriesParams) {
  return queryOptions({
    queryKey: ['cascade', 'series', params.countryCode, params.from, params.to],
    queryFn: ({ signal }) => getCascadeCountrySeries(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCascadeCountrySeries(params: CascadeSeriesParams | null) {
  return useQuery({
    ...getCascadeCountrySeriesQueryOptions(params ?? { countryCode: '', from: '', to: '' }),
    enabled: params !== null,
  });
}
