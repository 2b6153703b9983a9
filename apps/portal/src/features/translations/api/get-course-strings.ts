import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CourseStrings = Schemas['CourseStringsDto'];
export type CourseString = Schemas['CourseStringDto'];
export type Translation = Schemas['TranslationResponseDto'];

export const courseStringsQueryKey = (courseId: string, locale: string) =>
  ['translations', 'course', courseId, locale] as const;

/** Every translatable string of a course: its source, and its translation and status in `locale`. */
export function getCourseStrings(courseId: string, locale: string, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/courses/{id}/translations', { params: { path: { id: courseId }, query: { locale } }, signal }),
  );
}

export function getCourseStringsQueryOptions(courseId: string, locale: string) {
  return queryOptions({
    queryKey: courseStringsQueryKey(courseId, locale),
    queryFn: ({ signal }) => getCourseStrings(courseId, locale, signal),
  });
}

export function useCourseStrings(courseId: string, locale: string) {
  return useQuery(getCourseStringsQueryOptions(courseId, locale));
}
