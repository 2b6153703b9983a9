import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type EnrolmentStatus } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Enrolment = Schemas['EnrolmentResponseDto'];

export interface GetEnrolmentsParams {
  page: number;
  pageSize?: number;
  status?: EnrolmentStatus;
  /** Only the caller's own enrolments, whatever else their role lets them see ("My learning"). */
  mine?: boolean;
  /** Only enrolments in runs of this course. */
  courseId?: string;
}

/**
 * Enrolments the caller may see: an officer's own, a coordinator's unit's, a trainer's cohorts', all for admins;
 * with `mine`, only the caller's own.
 */
export function getEnrolments(
  { page, pageSize = DEFAULT_PAGE_SIZE, status, mine, courseId }: GetEnrolmentsParams,
  signal?: AbortSignal,
) {
  return unwrap(
    api.GET('/api/enrolments', {
      params: { query: { page, pageSize, status, mine: mine ? 'true' : undefined, courseId } },
      signal,
    }),
  );
}

export function getEnrolmentsQueryOptions(params: GetEnrolmentsParams) {
  return queryOptions({
    queryKey: ['enrolments', 'list', params],
    queryFn: ({ signal }) => getEnrolments(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEnrolments(params: GetEnrolmentsParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getEnrolmentsQueryOptions(params), enabled });
}
