import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { needsAssessmentQueryKey } from './get-needs-assessment';

/** Starts a draft assessment of the coordinator's unit (admins name the unit), with levels inferred. */
export function createNeedsAssessment(body: Schemas['NeedsAssessmentCreateDto']) {
  return unwrap(api.POST('/api/needs-assessments', { body }));
}

export function useCreateNeedsAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNeedsAssessment,
    onSuccess: (assessment) => {
      queryClient.setQueryData(needsAssessmentQueryKey(assessment.id), assessment);
      return queryClient.invalidateQueries({ queryKey: ['needs-assessments', 'list'] });
    },
  });
}
