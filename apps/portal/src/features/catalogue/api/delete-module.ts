import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { courseQueryKey } from './get-course';

/** Deletes a module and its lessons (admins). */
export function deleteModule(id: string) {
  return unwrap(api.DELETE('/api/modules/{id}', { params: { path: { id } } }));
}

export function useDeleteModule(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteModule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) }),
  });
}
