import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type DataRightsSummary = Schemas['PersonalDataOfficerDto'];

/** Where an officer's data stands: their country's retention, when they left, when it is erased (or was). */
export function getDataRights(officerId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/users/{id}/data-rights', { params: { path: { id: officerId } }, signal }));
}

export const dataRightsQueryKey = (officerId: string) => ['data-rights', officerId] as const;

export function getDataRightsQueryOptions(officerId: string) {
  return queryOptions({
    queryKey: dataRightsQueryKey(officerId),
    queryFn: ({ signal }) => getDataRights(officerId, signal),
  });
}

export function useDataRights(officerId: string) {
  return useQuery(getDataRightsQueryOptions(officerId));
}

/** Everything held about the officer, as JSON: a plain link downloads it with the session cookie (audited). */
export const personalDataJsonHref = (officerId: string) => `/api/users/${encodeURIComponent(officerId)}/personal-data`;

/** The same, readable, as a PDF. */
export const personalDataPdfHref = (officerId: string) =>
  `/api/users/${encodeURIComponent(officerId)}/personal-data.pdf`;
