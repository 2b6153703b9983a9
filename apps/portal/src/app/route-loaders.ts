import { ENROLMENT_STATUSES, UNIT_ROLES } from '@icspa/domain';
import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { paths } from '@/config/paths';
import { getMeQueryOptions, keptMe } from '@/features/auth/api/get-me';
import { getEnrolmentsQueryOptions } from '@/features/enrolments/api/get-enrolments';
import { oneOf } from '@/lib/one-of';
import { parsePage } from '@/lib/pagination';

/**
 * Route loaders that start a page's requests when the navigation starts, beside the download of the page's
 * code (a route's `lazy`), instead of after the page has rendered: on a 400 ms round trip every request
 * that waits for another costs that much. They never hold a page back (the queries are started, not
 * awaited, but for the one answer a redirect depends on) and never decide access: the guards and the API do.
 */
let client: QueryClient | null = null;

/** The app's query client, given once by the router (`AppRouter`) before the first navigation. */
export function provideLoaderQueryClient(queryClient: QueryClient): void {
  client = queryClient;
}

/** The officer's dashboard's list, as `MyLearningRoute` asks for it at this address. */
function myLearningQuery(url: URL) {
  return getEnrolmentsQueryOptions({
    page: parsePage(url.searchParams.get('page')),
    status: oneOf(ENROLMENT_STATUSES, url.searchParams.get('status') || undefined),
    mine: true,
  });
}

/** My learning: its list is asked for at once. */
export function myLearningLoader({ request }: { request: { url: string } }): null {
  if (client) void client.prefetchQuery(myLearningQuery(new URL(request.url)));
  return null;
}

/**
 * The home page of the signed-in part: an officer's (and coordinator's) home is My learning, so they go
 * straight there, without first loading the home page's code to be redirected by it. When this device kept
 * a unit user, My learning's list is asked for beside `/api/auth/me` rather than after it.
 */
export async function homeLoader({ request }: { request: { url: string } }) {
  if (!client) return null;
  const kept = keptMe();
  if (kept && UNIT_ROLES.includes(kept.role)) {
    void client.prefetchQuery(myLearningQuery(new URL(paths.app.myLearning.getHref(), request.url)));
  }
  const me = await client.ensureQueryData(getMeQueryOptions()).catch(() => null);
  return me && UNIT_ROLES.includes(me.role) ? redirect(paths.app.myLearning.getHref()) : null;
}
