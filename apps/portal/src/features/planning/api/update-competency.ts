import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { COMPETENCY_FRAMEWORK_QUERY_KEY } from './get-competency-framework';

/** Renames or re-describes a competency: a new version; the old one stays in its history (admins). */
export function updateCompetency({ id, ...body }: Schemas['CompetencyUpdateDto'] & { id: string }) {
  return unwrap(api.PATCH('/api/competencies/{id}', { params: { path: { id } }, body }));
}

export function useUpdateCompetency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCompetency,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: COMPETENCY_FRAMEWORK_QUERY_KEY }),
  });
}
