import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { workplanQueryKey } from './get-workplan';

export type PlanLineUpdateInput = Schemas['PlanLineUpdateDto'];

/** Edits a line of a draft workplan; answers the whole draft. */
export function updatePlanLine(input: { workplanId: string; lineId: string; body: PlanLineUpdateInput }) {
  return unwrap(
    api.PATCH('/api/workplans/{id}/lines/{lineId}', {
      params: { path: { id: input.workplanId, lineId: input.lineId } },
      body: input.body,
    }),
  );
}

export function useUpdatePlanLine(workplanId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { lineId: string; body: PlanLineUpdateInput }) => updatePlanLine({ workplanId, ...input }),
    onSuccess: (plan) => client.setQueryData(workplanQueryKey(workplanId), plan),
  });
}
