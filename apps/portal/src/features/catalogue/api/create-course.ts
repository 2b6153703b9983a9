import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CourseCreateInput = Schemas['CourseCreateDto'];

/** Creates a course as a draft (admins). */
export function createCourse(input: CourseCreateInput) {
  return unwrap(api.POST('/api/courses', { body: input }));
}

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCourse,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['courses'] }),
  });
}
