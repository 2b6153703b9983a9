import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Verification = Schemas['VerificationResponseDto'];

/** What anyone may know of a certification from its public code (no session needed; rate-limited). */
export function verifyCertification(code: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/verify/{code}', { params: { path: { code } }, signal }));
}

export function getVerificationQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['verify', code],
    queryFn: ({ signal }) => verifyCertification(code, signal),
    staleTime: 60_000,
  });
}

export function useVerification(code: string) {
  return useQuery({ ...getVerificationQueryOptions(code), enabled: code !== '' });
}
