import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type CertificationStatus } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/pagination';

export type Certification = Schemas['CertificationResponseDto'];

export interface CertificationFilter {
  status?: CertificationStatus;
  programmeId?: string;
  /** Admins only */
  holderId?: string;
  /** The holder's name (typos forgiven) or the start of their e-mail: best matches first. */
  q?: string;
}

export interface GetCertificationsParams extends CertificationFilter {
  page: number;
  pageSize?: number;
}

/** One page of certifications, newest first: the caller's own, or everyone's for an admin. */
export function getCertifications(
  { page, pageSize = DEFAULT_PAGE_SIZE, status, programmeId, holderId, q }: GetCertificationsParams,
  signal?: AbortSignal,
) {
  return unwrap(
    api.GET('/api/certifications', { params: { query: { page, pageSize, status, programmeId, holderId, q } }, signal }),
  );
}

export function getCertificationsQueryOptions(params: GetCertificationsParams) {
  return queryOptions({
    queryKey: ['certifications', 'list', params],
    queryFn: ({ signal }) => getCertifications(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCertifications(params: GetCertificationsParams) {
  return useQuery(getCertificationsQueryOptions(params));
}

/** Every certification the caller holds, renewals and history included, to group them into lines. */
export function getMyCertificationsQueryOptions() {
  return queryOptions({
    queryKey: ['certifications', 'mine'],
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getCertifications({ page, pageSize }, signal)),
  });
}

export function useMyCertifications() {
  return useQuery(getMyCertificationsQueryOptions());
}
