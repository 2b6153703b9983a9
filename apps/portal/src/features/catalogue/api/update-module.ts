import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { courseQueryKey } from './get-course';

/** Renames a module (admins). */
export function updateModule({ id, title }: { id: string; title: string }) {
  return unwrap(api.PATCH('/api/modules/{id}', { params: { path: { id } }, body: { title } }));
}

export function useUpdateModule(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateModule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) }),
  });
}
