import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { Spinner } from '@/components/ui/spinner';

/** Above every page: the wait for a page's code, and scroll restored on Back. */
export function RootLayout() {
  return (
    <>
      <Suspense fallback={<Spinner fullPage />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
    </>
  );
}
