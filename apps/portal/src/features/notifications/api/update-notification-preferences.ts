import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { NOTIFICATION_PREFERENCES_QUERY_KEY } from './get-notification-preferences';

export type NotificationPreferencesUpdate = Schemas['NotificationPreferencesUpdateDto'];

/** Saves the chosen delivery of the listed kinds. */
export function updateNotificationPreferences(body: NotificationPreferencesUpdate) {
  return unwrap(api.PUT('/api/auth/me/notification-preferences', { body }));
}

export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPreferences,
    onSuccess: (saved) => queryClient.setQueryData(NOTIFICATION_PREFERENCES_QUERY_KEY, saved),
  });
}
