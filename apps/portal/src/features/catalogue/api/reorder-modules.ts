import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { courseQueryKey } from './get-course';

/** Puts a course's modules in a new order: every module id, in that order (admins). */
export function reorderModules({ courseId, ids }: { courseId: string; ids: string[] }) {
  return unwrap(api.PUT('/api/courses/{id}/module-order', { params: { path: { id: courseId } }, body: { ids } }));
}

export function useReorderModules(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => reorderModules({ courseId, ids }),
    // The answer is the course in its new order.
    onSuccess: (course) => queryClient.setQueryData(courseQueryKey(courseId), course),
  });
}
