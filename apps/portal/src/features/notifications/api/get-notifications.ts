import type { NotificationKind } from '@icspa/domain';
import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type Notification = Schemas['NotificationResponseDto'];
export type NotificationPage = Schemas['NotificationPageDto'];

/** How often the bell asks for news. */
export const NOTIFICATIONS_POLL_MS = 60_000;

/** Notifications per page of the bell. */
export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationsQuery {
  page?: number;
  /** One kind only (a group of the bell). */
  kind?: NotificationKind | null;
}

/** The caller's notifications, newest first, with the unread count and the groups by kind. */
export function getNotifications(query: NotificationsQuery = {}, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/notifications', {
      params: {
        query: {
          page: query.page ?? 1,
          pageSize: NOTIFICATIONS_PAGE_SIZE,
          ...(query.kind ? { kind: query.kind } : {}),
        },
      },
      signal,
    }),
  );
}

/** Every page and group of the bell lies under this key, so one invalidation refreshes them all. */
export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

export function getNotificationsQueryOptions(query: NotificationsQuery = {}) {
  return queryOptions({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, { page: query.page ?? 1, kind: query.kind ?? null }] as const,
    queryFn: ({ signal }) => getNotifications(query, signal),
    refetchInterval: NOTIFICATIONS_POLL_MS,
    staleTime: NOTIFICATIONS_POLL_MS / 2,
    placeholderData: keepPreviousData,
  });
}

export function useNotifications(query: NotificationsQuery = {}) {
  return useQuery(getNotificationsQueryOptions(query));
}
