import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { needsAssessmentQueryKey } from './get-needs-assessment';

/** Approves a submitted assessment, or returns it to the unit with a note (admins). */
export function reviewNeedsAssessment({ id, ...body }: Schemas['NeedsAssessmentReviewDto'] & { id: string }) {
  return unwrap(api.POST('/api/needs-assessments/{id}/review', { params: { path: { id } }, body }));
}

export function useReviewNeedsAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewNeedsAssessment,
    onSuccess: (assessment) => {
      queryClient.setQueryData(needsAssessmentQueryKey(assessment.id), assessment);
      return queryClient.invalidateQueries({ queryKey: ['needs-assessments', 'list'] });
    },
  });
}
