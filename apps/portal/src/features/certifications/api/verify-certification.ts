import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Verification = Schemas['VerificationResponseDto'];

/**
 * What anyone may know of a certification from its public code (no session needed; rate-limited); with `on`
 * (YYYY-MM-DD, UTC), also whether it was valid that day (`validOn`).
 */
export function verifyCertification(code: string, on?: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/verify/{code}', { params: { path: { code }, query: on ? { on } : {} }, signal }));
}

export function getVerificationQueryOptions(code: string, on?: string) {
  return queryOptions({
    queryKey: ['verify', code, on ?? null],
    queryFn: ({ signal }) => verifyCertification(code, on, signal),
    staleTime: 60_000,
  });
}

export function useVerification(code: string, on?: string) {
  return useQuery({ ...getVerificationQueryOptions(code, on), enabled: code !== '' });
}
