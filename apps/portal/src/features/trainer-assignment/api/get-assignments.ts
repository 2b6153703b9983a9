import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type AssignmentStatus } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Assignment = Schemas['AssignmentResponseDto'];

export interface GetAssignmentsParams {
  page: number;
  pageSize?: number;
  status?: AssignmentStatus;
}

/** Assignments, newest first: the trainer's own, the firm's (member admins), all (admins). */
export function getAssignments(
  { page, pageSize = DEFAULT_PAGE_SIZE, status }: GetAssignmentsParams,
  signal?: AbortSignal,
) {
  return unwrap(api.GET('/api/assignments', { params: { query: { page, pageSize, status } }, signal }));
}

/** A new proposal may arrive at any time; the inbox looks again every minute. */
const PROPOSALS_REFRESH_MS = 60_000;

export function getAssignmentsQueryOptions(params: GetAssignmentsParams) {
  return queryOptions({
    queryKey: ['assignments', 'list', params],
    queryFn: ({ signal }) => getAssignments(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: params.status === 'proposed' ? PROPOSALS_REFRESH_MS : false,
  });
}

export function useAssignments(params: GetAssignmentsParams) {
  return useQuery(getAssignmentsQueryOptions(params));
}
