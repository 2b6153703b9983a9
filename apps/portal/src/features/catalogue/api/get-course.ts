import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CourseDetail = Schemas['CourseDetailDto'];
export type CourseModule = Schemas['ModuleOutlineDto'];
export type LessonOutline = Schemas['LessonOutlineDto'];
export type AssessmentSummary = Schemas['AssessmentSummaryDto'];

/** A course with its outline (modules → lessons) and assessment rules. */
export function getCourse(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/courses/{id}', { params: { path: { id } }, signal }));
}

export const courseQueryKey = (id: string) => ['courses', 'detail', id] as const;

export function getCourseQueryOptions(id: string) {
  return queryOptions({ queryKey: courseQueryKey(id), queryFn: ({ signal }) => getCourse(id, signal) });
}

export function useCourse(id: string | null | undefined) {
  return useQuery({ ...getCourseQueryOptions(id ?? ''), enabled: Boolean(id) });
}
