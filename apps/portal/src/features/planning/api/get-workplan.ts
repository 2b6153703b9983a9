import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Workplan = Schemas['WorkplanResponseDto'];
export type PlanLine = Schemas['PlanLineResponseDto'];

export function getWorkplan(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/workplans/{id}', { params: { path: { id } }, signal }));
}

export function workplanQueryKey(id: string) {
  return ['workplans', id] as const;
}

export function useWorkplan(id: string) {
  return useQuery(queryOptions({ queryKey: workplanQueryKey(id), queryFn: ({ signal }) => getWorkplan(id, signal) }));
}
