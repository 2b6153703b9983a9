import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AppErrorBoundary } from '@/components/errors/app-error-boundary';
import { Spinner } from '@/components/ui/spinner';
import { ME_QUERY_KEY } from '@/features/auth/api/get-me';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';

/** Everything the pages rely on: the top-level error boundary, i18n and the query client. */
export function AppProvider({ children }: { children: ReactNode }) {
  // A query answering 401 means the session is gone: forget the user, and the route guard takes over.
  const [queryClient] = useState(() => createQueryClient((client) => client.setQueryData(ME_QUERY_KEY, null)));
  return (
    <AppErrorBoundary>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <Suspense fallback={<Spinner fullPage />}>{children}</Suspense>
        </QueryClientProvider>
      </I18nextProvider>
    </AppErrorBoundary>
  );
}
