import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** One trainer with profile and coming unavailability (the trainer, their firm's member admin, admins). */
export function getTrainer(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/trainers/{id}', { params: { path: { id } }, signal }));
}

export const trainerQueryKey = (id: string) => ['trainers', 'detail', id] as const;

export function getTrainerQueryOptions(id: string) {
  return queryOptions({ queryKey: trainerQueryKey(id), queryFn: ({ signal }) => getTrainer(id, signal) });
}

export function useTrainer(id: string | null | undefined) {
  return useQuery({ ...getTrainerQueryOptions(id ?? ''), enabled: Boolean(id) });
}
