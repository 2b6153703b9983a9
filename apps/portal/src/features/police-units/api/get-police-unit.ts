import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** One police unit: any for an admin, their own for an officer or coordinator. */
export function getPoliceUnit(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/police-units/{id}', { params: { path: { id } }, signal }));
}

export function getPoliceUnitQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['police-units', 'detail', id],
    queryFn: ({ signal }) => getPoliceUnit(id, signal),
  });
}

export function usePoliceUnit(id: string | null | undefined) {
  return useQuery({ ...getPoliceUnitQueryOptions(id ?? ''), enabled: Boolean(id) });
}
