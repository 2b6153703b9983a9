import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '@/lib/api-client';
import type { OfficerImport } from './start-officer-import';

/** How often a queued import is asked for its progress. */
export const OFFICER_IMPORT_POLL_MS = 1000;

export function getOfficerImport(id: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/officer-imports/{id}', { params: { path: { id } }, signal }));
}

export function getOfficerImportQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['officer-imports', id],
    queryFn: ({ signal }) => getOfficerImport(id, signal),
    // Polled while its job runs; once applied or failed it no longer changes.
    refetchInterval: (query) => (query.state.data?.status === 'queued' ? OFFICER_IMPORT_POLL_MS : false),
  });
}

/** An import, polled for its progress until it is applied or failed; then the unit's officers are reloaded. */
export function useOfficerImport(id: string | undefined) {
  const queryClient = useQueryClient();
  const query = useQuery({ ...getOfficerImportQueryOptions(id ?? ''), enabled: Boolean(id) });
  const status: OfficerImport['status'] | undefined = query.data?.status;
  useEffect(() => {
    if (status === 'applied') void queryClient.invalidateQueries({ queryKey: ['police-units', 'officers'] });
  }, [status, queryClient]);
  return query;
}

/** Where the refused rows of an import download as CSV. */
export function officerImportErrorsHref(id: string): string {
  return `/api/officer-imports/${encodeURIComponent(id)}/errors`;
}
