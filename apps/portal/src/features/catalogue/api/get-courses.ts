import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type CourseLevel, type CourseStatus } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/pagination';

export type CourseSummary = Schemas['CourseSummaryDto'];

export interface CourseFilter {
  /** Full-text search in title and summary */
  q?: string;
  topic?: string;
  /** BCP 47 */
  language?: string;
  level?: CourseLevel;
  /** Only courses readable whole in this content locale (every string published in it, or written in it). */
  availableIn?: string;
  /** Admins only; everyone else sees published courses. */
  status?: CourseStatus;
}

export interface GetCoursesParams extends CourseFilter {
  page: number;
  pageSize?: number;
}

/** One page of the catalogue: published courses, or every course for an admin. */
export function getCourses(
  { page, pageSize = DEFAULT_PAGE_SIZE, q, topic, language, level, status, availableIn }: GetCoursesParams,
  signal?: AbortSignal,
) {
  return unwrap(
    api.GET('/api/courses', {
      params: { query: { page, pageSize, q: q || undefined, topic, language, level, status, availableIn } },
      signal,
    }),
  );
}

export function getCoursesQueryOptions(params: GetCoursesParams) {
  return queryOptions({
    queryKey: ['courses', 'list', params],
    queryFn: ({ signal }) => getCourses(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCourses(params: GetCoursesParams) {
  return useQuery(getCoursesQueryOptions(params));
}

/** Every course matching the filter, for pickers and the catalogue's filter choices (the catalogue is short). */
export function getAllCoursesQueryOptions(filter: CourseFilter = {}) {
  return queryOptions({
    queryKey: ['courses', 'all', filter],
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getCourses({ ...filter, page, pageSize }, signal)),
    staleTime: 5 * 60_000,
  });
}

export function useAllCourses(filter: CourseFilter = {}) {
  return useQuery(getAllCoursesQueryOptions(filter));
}
