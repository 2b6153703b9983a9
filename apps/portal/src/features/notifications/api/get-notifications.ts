import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Notification = Schemas['NotificationResponseDto'];

/** How often the bell asks for news. */
export const NOTIFICATIONS_POLL_MS = 60_000;

/** The caller's latest notifications, newest first, with the count of unread ones. */
export function getNotifications(signal?: AbortSignal) {
  return unwrap(api.GET('/api/notifications', { params: { query: { page: 1, pageSize: 20 } }, signal }));
}

export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

export function getNotificationsQueryOptions() {
  return queryOptions({
    queryKey: NOTIFICATIONS_QUERY_KEY,
    queryFn: ({ signal }) => getNotifications(signal),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    staleTime: NOTIFICATIONS_POLL_MS / 2,
  });
}

export function useNotifications() {
  return useQuery(getNotificationsQueryOptions());
}
