import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type LocalTrainerApplicationStatus } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type LocalTrainerApplication = Schemas['LocalTrainerApplicationResponseDto'];

export interface GetLocalTrainerApplicationsParams {
  page: number;
  pageSize?: number;
  status?: LocalTrainerApplicationStatus;
}

/** Applications to become a local trainer, newest first: the officer's own, the unit's (coordinators), all (admins). */
export function getLocalTrainerApplications(
  { page, pageSize = DEFAULT_PAGE_SIZE, status }: GetLocalTrainerApplicationsParams,
  signal?: AbortSignal,
) {
  return unwrap(api.GET('/api/local-trainer-applications', { params: { query: { page, pageSize, status } }, signal }));
}

export function getLocalTrainerApplicationsQueryOptions(params: GetLocalTrainerApplicationsParams) {
  return queryOptions({
    queryKey: ['local-trainer-applications', 'list', params],
    queryFn: ({ signal }) => getLocalTrainerApplications(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLocalTrainerApplications(params: GetLocalTrainerApplicationsParams) {
  return useQuery(getLocalTrainerApplicationsQueryOptions(params));
}
