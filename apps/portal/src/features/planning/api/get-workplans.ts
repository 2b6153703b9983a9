import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type WorkplanSummary = Schemas['WorkplanSummaryDto'];

/** Workplans, newest period first (a coordinator: those with a line for their unit). */
export function getWorkplans(signal?: AbortSignal) {
  return unwrap(api.GET('/api/workplans', { params: { query: {} }, signal }));
}

export function useWorkplans() {
  return useQuery(queryOptions({ queryKey: ['workplans'], queryFn: ({ signal }) => getWorkplans(signal) }));
}
