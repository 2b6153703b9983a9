import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { courseQueryKey } from './get-course';

/** Puts a module's lessons in a new order: every lesson id, in that order (admins). */
export function reorderLessons({ moduleId, ids }: { moduleId: string; ids: string[] }) {
  return unwrap(api.PUT('/api/modules/{id}/lesson-order', { params: { path: { id: moduleId } }, body: { ids } }));
}

export function useReorderLessons(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderLessons,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) }),
  });
}
