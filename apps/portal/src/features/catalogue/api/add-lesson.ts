import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { courseQueryKey } from './get-course';

export type LessonCreateInput = Schemas['LessonCreateDto'];

/** Adds a lesson at the end of a module (admins). */
export function addLesson({ moduleId, ...input }: LessonCreateInput & { moduleId: string }) {
  return unwrap(api.POST('/api/modules/{id}/lessons', { params: { path: { id: moduleId } }, body: input }));
}

export function useAddLesson(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addLesson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) }),
  });
}
