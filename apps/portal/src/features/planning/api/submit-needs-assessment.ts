import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { needsAssessmentQueryKey } from './get-needs-assessment';

/** Submits the assessment for an admin's review. */
export function submitNeedsAssessment(id: string) {
  return unwrap(api.POST('/api/needs-assessments/{id}/submit', { params: { path: { id } }, body: {} }));
}

export function useSubmitNeedsAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitNeedsAssessment,
    onSuccess: (assessment) => {
      queryClient.setQueryData(needsAssessmentQueryKey(assessment.id), assessment);
      return queryClient.invalidateQueries({ queryKey: ['needs-assessments', 'list'] });
    },
  });
}
