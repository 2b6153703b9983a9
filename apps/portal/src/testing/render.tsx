import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

/**
 * A query client for fixtures: a test fills it (`setQueryData`) before rendering, and data set there stays
 * fresh, never fetched again. A query left empty is asked once and fails as a network error (jsdom has no
 * `fetch`), without retries; nothing is garbage-collected, so no timer outlives a test.
 */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, gcTime: Infinity, refetchOnWindowFocus: false },
      mutations: { retry: false, gcTime: Infinity },
    },
  });
}

/** Where the router is, shown on the page so a test can read the address a filter or a link leads to. */
function Location() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export interface RenderPageOptions {
  /** The route's pattern (`paths.app.….path`), so the page reads its parameters as in the app. */
  path: string;
  /** The address the page opens at. */
  url: string;
  queryClient?: QueryClient;
}

/**
 * Renders a page (or a feature component) at an address, inside a memory router and a query client,
 * with a `location` output beside it. Any other address renders only the output.
 */
export function renderPage(
  page: ReactElement,
  { path, url, queryClient = createTestQueryClient() }: RenderPageOptions,
): RenderResult & { queryClient: QueryClient; location: () => string } {
  // A declarative router: the pages use no loader or action, and jsdom has no `Request` for a data router.
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route
            path={path}
            element={
              <>
                {page}
                <Location />
              </>
            }
          />
          <Route path="*" element={<Location />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return {
    ...result,
    queryClient,
    location: () => result.getByTestId('location').textContent ?? '',
  };
}
