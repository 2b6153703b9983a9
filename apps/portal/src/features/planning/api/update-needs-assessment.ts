import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { needsAssessmentQueryKey } from './get-needs-assessment';

export type NeedsAssessmentUpdateInput = Schemas['NeedsAssessmentUpdateDto'] & { id: string };

/** Saves a draft (or returned) assessment: officers per role, corrected levels. */
export function updateNeedsAssessment({ id, ...body }: NeedsAssessmentUpdateInput) {
  return unwrap(api.PUT('/api/needs-assessments/{id}', { params: { path: { id } }, body }));
}

export function useUpdateNeedsAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNeedsAssessment,
    onSuccess: (assessment) => {
      queryClient.setQueryData(needsAssessmentQueryKey(assessment.id), assessment);
    },
  });
}
