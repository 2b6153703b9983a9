import type { Role } from '@icspa/domain';
import type { ReactNode } from 'react';
import { Forbidden } from '@/components/errors/forbidden';
import { useSignedInUser } from '@/features/auth/api/get-me';

/** Inside `ProtectedRoute`: renders its children only for the given roles. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useSignedInUser();
  if (!me) return null;
  if (!roles.includes(me.role)) return <Forbidden />;
  return children;
}
