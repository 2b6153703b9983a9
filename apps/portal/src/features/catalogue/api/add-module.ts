import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { courseQueryKey } from './get-course';

/** Adds a module at the end of a course (admins). */
export function addModule({ courseId, title }: { courseId: string; title: string }) {
  return unwrap(api.POST('/api/courses/{id}/modules', { params: { path: { id: courseId } }, body: { title } }));
}

export function useAddModule(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => addModule({ courseId, title }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) }),
  });
}
