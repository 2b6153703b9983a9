import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { assessmentQueryKey } from './get-assessment';
import { courseQueryKey } from './get-course';

export type AssessmentInput = Schemas['AssessmentWriteDto'];

/** Sets up or changes a course's assessment rules (admins). */
export function putAssessment({ courseId, ...input }: AssessmentInput & { courseId: string }) {
  return unwrap(api.PUT('/api/courses/{id}/assessment', { params: { path: { id: courseId } }, body: input }));
}

export function usePutAssessment(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssessmentInput) => putAssessment({ courseId, ...input }),
    onSuccess: (assessment) => {
      queryClient.setQueryData(assessmentQueryKey(courseId), assessment);
      return queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) });
    },
  });
}
