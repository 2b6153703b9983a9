import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type TrainingRecord = Schemas['TrainingRecordDto'];

/** One officer's whole training (the officer, their unit's coordinator, admins). */
export function getTrainingRecord(officerId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/training-records/{officerId}', { params: { path: { officerId } }, signal }));
}

export function getTrainingRecordQueryOptions(officerId: string) {
  return queryOptions({
    queryKey: ['training-records', 'one', officerId],
    queryFn: ({ signal }) => getTrainingRecord(officerId, signal),
  });
}

export function useTrainingRecord(officerId: string) {
  return useQuery(getTrainingRecordQueryOptions(officerId));
}

/** The record as a printable PDF: a plain link downloads it with the session cookie. */
export const trainingRecordPdfHref = (officerId: string) =>
  `/api/training-records/${encodeURIComponent(officerId)}/record.pdf`;

/** The record as CSV. */
export const trainingRecordCsvHref = (officerId: string) =>
  `/api/training-records/${encodeURIComponent(officerId)}/record.csv`;
