import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { courseQueryKey } from './get-course';
import { lessonQueryKey } from './get-lesson';

export type LessonUpdateInput = Schemas['LessonUpdateDto'];

/** Changes a lesson's title, text or minutes (admins). */
export function updateLesson({ id, ...input }: LessonUpdateInput & { id: string }) {
  return unwrap(api.PATCH('/api/lessons/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateLesson(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLesson,
    onSuccess: (lesson) => {
      queryClient.setQueryData(lessonQueryKey(lesson.id), lesson);
      return queryClient.invalidateQueries({ queryKey: courseQueryKey(courseId) });
    },
  });
}
