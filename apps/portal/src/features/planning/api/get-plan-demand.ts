import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type PlanDemandRow = Schemas['PlanDemandRowDto'];

/** Approved plans' instructor-led demand for courses the firm's trainers teach, by country and quarter. */
export function getPlanDemand(signal?: AbortSignal) {
  return unwrap(api.GET('/api/workplans/demand', { signal }));
}

export function usePlanDemand() {
  return useQuery(queryOptions({ queryKey: ['workplans', 'demand'], queryFn: ({ signal }) => getPlanDemand(signal) }));
}
