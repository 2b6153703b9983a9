import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/pagination';

export type Trainer = Schemas['TrainerResponseDto'];
export type Unavailability = Schemas['UnavailabilityDto'];

export interface GetTrainersParams {
  page: number;
  pageSize?: number;
  /** The start of the e-mail, or the name (typos forgiven): best matches first. */
  q?: string;
}

/** Trainers by name, with profile and coming unavailability: all (admins), the firm's (member admins). */
export function getTrainers({ page, pageSize = DEFAULT_PAGE_SIZE, q }: GetTrainersParams, signal?: AbortSignal) {
  return unwrap(api.GET('/api/trainers', { params: { query: { page, pageSize, q } }, signal }));
}

export function getTrainersQueryOptions(params: GetTrainersParams) {
  return queryOptions({
    queryKey: ['trainers', 'list', params],
    queryFn: ({ signal }) => getTrainers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTrainers(params: GetTrainersParams) {
  return useQuery(getTrainersQueryOptions(params));
}

/** Every trainer the caller may see, for pickers (reassigning a request), 100 a page. */
export function getAllTrainersQueryOptions() {
  return queryOptions({
    queryKey: ['trainers', 'all'],
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getTrainers({ page, pageSize }, signal)),
  });
}

export function useAllTrainers() {
  return useQuery(getAllTrainersQueryOptions());
}
