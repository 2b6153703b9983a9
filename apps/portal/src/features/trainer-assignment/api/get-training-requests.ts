import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type TrainingRequestStatus } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { requestRefreshInterval } from '@/features/trainer-assignment/lib/statuses';

export type TrainingRequest = Schemas['TrainingRequestResponseDto'];

export interface GetTrainingRequestsParams {
  page: number;
  pageSize?: number;
  status?: TrainingRequestStatus;
}

/** Training requests, newest first: the unit's (coordinators) or all (admins). */
export function getTrainingRequests(
  { page, pageSize = DEFAULT_PAGE_SIZE, status }: GetTrainingRequestsParams,
  signal?: AbortSignal,
) {
  return unwrap(api.GET('/api/training-requests', { params: { query: { page, pageSize, status } }, signal }));
}

export function getTrainingRequestsQueryOptions(params: GetTrainingRequestsParams) {
  return queryOptions({
    queryKey: ['training-requests', 'list', params],
    queryFn: ({ signal }) => getTrainingRequests(params, signal),
    placeholderData: keepPreviousData,
    // The queue moves requests on by itself: follow it while any shown request is still in its hands.
    refetchInterval: (query) => requestRefreshInterval(query.state.data?.items.map((r) => r.status) ?? []),
  });
}

export function useTrainingRequests(params: GetTrainingRequestsParams) {
  return useQuery(getTrainingRequestsQueryOptions(params));
}
