import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, orOfflineCopy, unwrap } from '@/lib/api-client';
import { savedCourse } from '@/lib/offline-db';

export type CourseDetail = Schemas['CourseDetailDto'];
export type CourseModule = Schemas['ModuleOutlineDto'];
export type LessonOutline = Schemas['LessonOutlineDto'];
export type AssessmentSummary = Schemas['AssessmentSummaryDto'];

/** A course with its outline (modules → lessons) and assessment rules; offline, its saved copy if any. */
export function getCourse(id: string, signal?: AbortSignal) {
  return orOfflineCopy(
    () => unwrap(api.GET('/api/courses/{id}', { params: { path: { id } }, signal })),
    async () => (await savedCourse(id))?.course,
  );
}

export const courseQueryKey = (id: string) => ['courses', 'detail', id] as const;

export function getCourseQueryOptions(id: string) {
  return queryOptions({ queryKey: courseQueryKey(id), queryFn: ({ signal }) => getCourse(id, signal) });
}

export function useCourse(id: string | null | undefined) {
  return useQuery({ ...getCourseQueryOptions(id ?? ''), enabled: Boolean(id) });
}
