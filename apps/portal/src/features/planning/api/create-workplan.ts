import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type WorkplanCreateInput = Schemas['WorkplanCreateDto'];

/** Drafts a workplan for a country and period, with the platform's proposal. */
export function createWorkplan(body: WorkplanCreateInput) {
  return unwrap(api.POST('/api/workplans', { body }));
}

export function useCreateWorkplan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createWorkplan,
    onSuccess: () => client.invalidateQueries({ queryKey: ['workplans'] }),
  });
}
