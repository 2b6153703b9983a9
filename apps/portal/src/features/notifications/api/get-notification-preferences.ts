import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type NotificationPreference = Schemas['NotificationPreferenceResponseDto'];

/** How each kind of notification reaches the signed-in user. */
export function getNotificationPreferences(signal?: AbortSignal) {
  return unwrap(api.GET('/api/auth/me/notification-preferences', { signal }));
}

export const NOTIFICATION_PREFERENCES_QUERY_KEY = ['notification-preferences'] as const;

export function getNotificationPreferencesQueryOptions() {
  return queryOptions({
    queryKey: NOTIFICATION_PREFERENCES_QUERY_KEY,
    queryFn: ({ signal }) => getNotificationPreferences(signal),
  });
}

export function useNotificationPreferences() {
  return useQuery(getNotificationPreferencesQueryOptions());
}
