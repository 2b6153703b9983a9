import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/pagination';

export type Programme = Schemas['ProgrammeResponseDto'];

export interface GetProgrammesParams {
  page: number;
  pageSize?: number;
}

/** One page of certification programmes, by name. */
export function getProgrammes({ page, pageSize = DEFAULT_PAGE_SIZE }: GetProgrammesParams, signal?: AbortSignal) {
  return unwrap(api.GET('/api/certification-programmes', { params: { query: { page, pageSize } }, signal }));
}

export function getProgrammesQueryOptions(params: GetProgrammesParams) {
  return queryOptions({
    queryKey: ['certification-programmes', 'list', params],
    queryFn: ({ signal }) => getProgrammes(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProgrammes(params: GetProgrammesParams) {
  return useQuery(getProgrammesQueryOptions(params));
}

/** Every programme, for the filter of the certifications list (there are few). */
export function getAllProgrammesQueryOptions() {
  return queryOptions({
    queryKey: ['certification-programmes', 'all'],
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getProgrammes({ page, pageSize }, signal)),
    staleTime: 5 * 60_000,
  });
}

export function useAllProgrammes() {
  return useQuery(getAllProgrammesQueryOptions());
}
