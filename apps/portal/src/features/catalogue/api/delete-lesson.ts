import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { courseQueryKey } from './get-course';
import { lessonQueryKey } from './get-lesson';

/** Deletes a lesson (admins). */
export function deleteLesson(id: string) {
  return unwrap(api.DELETE('/api/lessons/{id}', { params: { path: { id } } }));
}

export function useDeleteLesson(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLesson,
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: lessonQueryKey(id) });
      return queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) });
    },
  });
}
