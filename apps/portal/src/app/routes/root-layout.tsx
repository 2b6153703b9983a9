import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { RouteProgress } from '@/components/layout/route-progress';
import { Spinner } from '@/components/ui/spinner';

/** Above every page: the progress bar of a navigation, the wait for a page's code, scroll restored on Back. */
export function RootLayout() {
  return (
    <>
      <RouteProgress />
      <Suspense fallback={<Spinner fullPage />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
    </>
  );
}
