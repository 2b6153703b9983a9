import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type EnrolmentStatus } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Enrolment = Schemas['EnrolmentResponseDto'];

export interface GetEnrolmentsParams {
  page: number;
  pageSize?: number;
  status?: EnrolmentStatus;
}

/** Enrolments the caller may see: an officer's own, a coordinator's unit's, a trainer's cohorts', all for admins. */
export function getEnrolments(
  { page, pageSize = DEFAULT_PAGE_SIZE, status }: GetEnrolmentsParams,
  signal?: AbortSignal,
) {
  return unwrap(api.GET('/api/enrolments', { params: { query: { page, pageSize, status } }, signal }));
}

export function getEnrolmentsQueryOptions(params: GetEnrolmentsParams) {
  return queryOptions({
    queryKey: ['enrolments', 'list', params],
    queryFn: ({ signal }) => getEnrolments(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEnrolments(params: GetEnrolmentsParams) {
  return useQuery(getEnrolmentsQueryOptions(params));
}
