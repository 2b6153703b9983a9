import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CourseUpdateInput = Schemas['CourseUpdateDto'];

/** Changes a course's fields, or publishes it / withdraws it to draft (admins). */
export function updateCourse({ id, ...input }: CourseUpdateInput & { id: string }) {
  return unwrap(api.PATCH('/api/courses/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCourse,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['courses'] }),
  });
}
