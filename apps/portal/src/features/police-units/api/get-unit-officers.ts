import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/pagination';

export type UnitOfficer = Schemas['UnitOfficerDto'];

/**
 * One page of a unit's officers and coordinators (its coordinator and admins); with `q`, those whose name is
 * like it (typos forgiven) or whose e-mail starts with it, best matches first.
 */
export function getUnitOfficers(unitId: string, page: number, pageSize: number, signal?: AbortSignal, q?: string) {
  return unwrap(
    api.GET('/api/police-units/{id}/officers', {
      params: { path: { id: unitId }, query: { page, pageSize, q } },
      signal,
    }),
  );
}

export function getUnitOfficersQueryOptions(unitId: string, q?: string) {
  return queryOptions({
    queryKey: ['police-units', 'officers', unitId, q ?? ''],
    // A unit is tens of officers: all of them, for a checklist; a search, its first 100 matches.
    queryFn: ({ signal }) =>
      q
        ? getUnitOfficers(unitId, 1, 100, signal, q).then((p) => p.items)
        : fetchAllPages((page, pageSize) => getUnitOfficers(unitId, page, pageSize, signal)),
  });
}

export function useUnitOfficers(unitId: string | null | undefined, q?: string) {
  return useQuery({ ...getUnitOfficersQueryOptions(unitId ?? '', q), enabled: Boolean(unitId) });
}
