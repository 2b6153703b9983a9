import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, orOfflineCopy, unwrap } from '@/lib/api-client';
import { savedLesson } from '@/lib/offline-db';

export type Lesson = Schemas['LessonDto'];

/** A lesson with its Markdown text; offline, the copy of a course saved for offline reading. */
export function getLesson(id: string, signal?: AbortSignal) {
  return orOfflineCopy(
    () => unwrap(api.GET('/api/lessons/{id}', { params: { path: { id } }, signal })),
    async () => (await savedLesson(id))?.lesson,
  );
}

export const lessonQueryKey = (id: string) => ['lessons', id] as const;

export function getLessonQueryOptions(id: string) {
  return queryOptions({ queryKey: lessonQueryKey(id), queryFn: ({ signal }) => getLesson(id, signal) });
}

export function useLesson(id: string | null | undefined) {
  return useQuery({ ...getLessonQueryOptions(id ?? ''), enabled: Boolean(id) });
}
