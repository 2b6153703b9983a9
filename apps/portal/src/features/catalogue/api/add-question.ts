import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { assessmentQueryKey } from './get-assessment';
import { courseQueryKey } from './get-course';

export type QuestionInput = Schemas['QuestionCreateDto'];

/** Adds a question to a course's bank; `correct` holds option indexes from 0 (admins). */
export function addQuestion({ courseId, ...input }: QuestionInput & { courseId: string }) {
  return unwrap(
    api.POST('/api/courses/{id}/assessment/questions', { params: { path: { id: courseId } }, body: input }),
  );
}

export function useAddQuestion(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuestionInput) => addQuestion({ courseId, ...input }),
    onSuccess: (assessment) => {
      queryClient.setQueryData(assessmentQueryKey(courseId), assessment);
      return queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) });
    },
  });
}
