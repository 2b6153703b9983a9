import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { sessionEnd, useMe } from '@/features/auth/api/get-me';

/** Renders its children for a signed-in user; sends anyone else to sign in (and back here afterwards). */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Spinner fullPage />;
  if (me.isError) {
    return (
      <main id="main" className="standalone">
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) {
    // Back to this page after signing in, unless the user signed out on purpose.
    const redirectTo = sessionEnd.bySigningOut() ? null : location.pathname + location.search;
    return <Navigate to={paths.auth.signIn.getHref(redirectTo)} replace />;
  }
  return children;
}
