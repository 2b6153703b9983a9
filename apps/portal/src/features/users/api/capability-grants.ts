import type { Schemas } from '@icspa/api-client';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CapabilityGrant = Schemas['CapabilityGrantResponseDto'];
export type CapabilityGrantInput = Schemas['CapabilityGrantCreateDto'];

export const capabilityGrantsQueryKey = (userId: string) => ['users', 'one', userId, 'capability-grants'] as const;

/** A user's capability grants, live ones first (admins only). */
export function getCapabilityGrants(userId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/users/{id}/capability-grants', { params: { path: { id: userId } }, signal }));
}

export function useCapabilityGrants(userId: string) {
  return useQuery(
    queryOptions({
      queryKey: capabilityGrantsQueryKey(userId),
      queryFn: ({ signal }) => getCapabilityGrants(userId, signal),
    }),
  );
}

/** Grants a capability in a scope (a locale for `translate`). */
export function grantCapability(userId: string, body: CapabilityGrantInput) {
  return unwrap(api.POST('/api/users/{id}/capability-grants', { params: { path: { id: userId } }, body }));
}

/** Revokes a live grant (kept, with who revoked it and when). */
export function revokeCapabilityGrant(userId: string, grantId: string) {
  return unwrap(
    api.DELETE('/api/users/{id}/capability-grants/{grantId}', { params: { path: { id: userId, grantId } } }),
  );
}

export function useGrantCapability(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CapabilityGrantInput) => grantCapability(userId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: capabilityGrantsQueryKey(userId) }),
  });
}

export function useRevokeCapabilityGrant(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) => revokeCapabilityGrant(userId, grantId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: capabilityGrantsQueryKey(userId) }),
  });
}
