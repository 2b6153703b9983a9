import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { assessmentQueryKey } from './get-assessment';
import { courseQueryKey } from './get-course';

/** Deletes a question from the bank (admins). */
export function deleteQuestion(id: string) {
  return unwrap(api.DELETE('/api/questions/{id}', { params: { path: { id } } }));
}

export function useDeleteQuestion(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteQuestion,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentQueryKey(courseId) }),
        queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) }),
      ]),
  });
}
