import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { workplanQueryKey } from './get-workplan';

/** Removes a line from a draft workplan; answers the whole draft. */
export function deletePlanLine(input: { workplanId: string; lineId: string }) {
  return unwrap(
    api.DELETE('/api/workplans/{id}/lines/{lineId}', {
      params: { path: { id: input.workplanId, lineId: input.lineId } },
    }),
  );
}

export function useDeletePlanLine(workplanId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (lineId: string) => deletePlanLine({ workplanId, lineId }),
    onSuccess: (plan) => client.setQueryData(workplanQueryKey(workplanId), plan),
  });
}
