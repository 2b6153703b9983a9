import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type RosterEntry = Schemas['UnitRosterEntryDto'];
export const ROSTER_STATUSES = ['expiring', 'never_trained'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

export interface GetRosterParams {
  page: number;
  pageSize?: number;
  policeUnitId?: string;
  status?: RosterStatus;
  programmeId?: string;
  withinDays?: number;
  q?: string;
}

/** One page of the unit roster, by name (a coordinator's unit; admins any unit, or all). */
export function getRoster({ pageSize = DEFAULT_PAGE_SIZE, ...params }: GetRosterParams, signal?: AbortSignal) {
  return unwrap(api.GET('/api/training-records', { params: { query: { ...params, pageSize } }, signal }));
}

export function getRosterQueryOptions(params: GetRosterParams) {
  return queryOptions({
    queryKey: ['training-records', 'roster', params],
    queryFn: ({ signal }) => getRoster(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRoster(params: GetRosterParams) {
  return useQuery(getRosterQueryOptions(params));
}
