import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type CohortSort, type CohortStatus } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/pagination';

export type Cohort = Schemas['CohortResponseDto'];

export interface CohortFilter {
  courseId?: string;
  status?: CohortStatus;
  /** Only cohorts that have not ended */
  upcoming?: boolean;
  /** Only the calling trainer's cohorts */
  mine?: boolean;
  /** Only cohorts officers may still join: open and not yet started */
  enrolmentOpen?: boolean;
  /** Only cohorts running at some time from this day (YYYY-MM-DD, UTC) … */
  from?: string;
  /** … to this day, included */
  to?: string;
  countryCode?: string;
  /** Only cohorts this trainer teaches or co-delivers */
  trainerId?: string;
  /** Only cohorts with no trainer yet */
  withoutTrainer?: boolean;
  /** Default `upcoming`: not yet ended first, soonest first, then ended ones, latest first */
  sort?: CohortSort;
}

export interface GetCohortsParams extends CohortFilter {
  page: number;
  pageSize?: number;
}

const flag = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? ('true' as const) : ('false' as const);

/** One page of cohorts, upcoming first unless `sort` says otherwise, with seats left (of published courses, except for admins). */
export function getCohorts(
  {
    page,
    pageSize = DEFAULT_PAGE_SIZE,
    courseId,
    status,
    upcoming,
    mine,
    enrolmentOpen,
    from,
    to,
    countryCode,
    trainerId,
    withoutTrainer,
    sort,
  }: GetCohortsParams,
  signal?: AbortSignal,
) {
  return unwrap(
    api.GET('/api/cohorts', {
      params: {
        query: {
          page,
          pageSize,
          courseId,
          status,
          upcoming: flag(upcoming),
          mine: flag(mine),
          enrolmentOpen: flag(enrolmentOpen),
          from,
          to,
          countryCode,
          trainerId,
          withoutTrainer: flag(withoutTrainer),
          sort,
        },
      },
      signal,
    }),
  );
}

export function getCohortsQueryOptions(params: GetCohortsParams) {
  return queryOptions({
    queryKey: ['cohorts', 'list', params],
    queryFn: ({ signal }) => getCohorts(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCohorts(params: GetCohortsParams) {
  return useQuery(getCohortsQueryOptions(params));
}

/** Every cohort matching the filter, for pickers (cohorts still open for enrolment, to nominate into). */
export function getAllCohortsQueryOptions(filter: CohortFilter) {
  return queryOptions({
    queryKey: ['cohorts', 'all', filter],
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getCohorts({ ...filter, page, pageSize }, signal)),
  });
}

export function useAllCohorts(filter: CohortFilter) {
  return useQuery(getAllCohortsQueryOptions(filter));
}
