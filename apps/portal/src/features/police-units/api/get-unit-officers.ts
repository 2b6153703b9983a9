import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/pagination';

export type UnitOfficer = Schemas['UnitOfficerDto'];

/** One page of a unit's officers and coordinators (its coordinator and admins). */
export function getUnitOfficers(unitId: string, page: number, pageSize: number, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/police-units/{id}/officers', { params: { path: { id: unitId }, query: { page, pageSize } }, signal }),
  );
}

export function getUnitOfficersQueryOptions(unitId: string) {
  return queryOptions({
    queryKey: ['police-units', 'officers', unitId],
    // A unit is tens of officers: all of them, for a checklist.
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getUnitOfficers(unitId, page, pageSize, signal)),
  });
}

export function useUnitOfficers(unitId: string | null | undefined) {
  return useQuery({ ...getUnitOfficersQueryOptions(unitId ?? ''), enabled: Boolean(unitId) });
}
