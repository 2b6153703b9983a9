import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type PlanDelivery = Schemas['PlanDeliveryDto'];
export type PlanDeliveryCountry = Schemas['PlanDeliveryCountryDto'];
export type PlanDeliveryQuarter = Schemas['PlanDeliveryQuarterDto'];

/** Approved workplans against delivery: per country, and per quarter (of the country, or of all). */
export function getPlanDelivery(country: string | undefined, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/reporting/uptake/plan-delivery', { params: { query: country ? { country } : {} }, signal }),
  );
}

export function usePlanDelivery(country: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery(
    queryOptions({
      enabled: options.enabled ?? true,
      queryKey: ['uptake', 'plan-delivery', country ?? null],
      queryFn: ({ signal }) => getPlanDelivery(country, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
