import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Attempt = Schemas['AttemptResponseDto'];
export type AttemptQuestion = Schemas['AttemptQuestionDto'];

/** One attempt with its questions; the correct options come only once it is submitted. */
export function getAttempt(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/attempts/{id}', { params: { path: { id } }, signal }));
}

export const attemptQueryKey = (id: string) => ['attempts', 'detail', id] as const;

export function getAttemptQueryOptions(id: string) {
  // An attempt in progress must not change under the reader: no background refetches.
  return queryOptions({
    queryKey: attemptQueryKey(id),
    queryFn: ({ signal }) => getAttempt(id, signal),
    staleTime: Infinity,
  });
}

export function useAttempt(id: string) {
  return useQuery(getAttemptQueryOptions(id));
}
