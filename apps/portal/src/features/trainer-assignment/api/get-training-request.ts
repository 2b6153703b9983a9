import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { requestRefreshInterval } from '@/features/trainer-assignment/lib/statuses';

/** One training request with its assignments, and for admins the matcher's rounds. */
export function getTrainingRequest(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/training-requests/{id}', { params: { path: { id } }, signal }));
}

export const trainingRequestQueryKey = (id: string) => ['training-requests', 'detail', id] as const;

export function getTrainingRequestQueryOptions(id: string) {
  return queryOptions({
    queryKey: trainingRequestQueryKey(id),
    queryFn: ({ signal }) => getTrainingRequest(id, signal),
    refetchInterval: (query) => requestRefreshInterval(query.state.data ? [query.state.data.status] : []),
  });
}

export function useTrainingRequest(id: string) {
  return useQuery(getTrainingRequestQueryOptions(id));
}
