import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { NOTIFICATIONS_QUERY_KEY, type getNotifications } from './get-notifications';

type NotificationPage = Awaited<ReturnType<typeof getNotifications>>;

/** Marks every notification of the caller read. */
export function markAllNotificationsRead() {
  return unwrap(api.POST('/api/notifications/read-all', { body: {} }));
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => {
      queryClient.setQueryData<NotificationPage>(
        NOTIFICATIONS_QUERY_KEY,
        (page) => page && { ...page, unread: 0, items: page.items.map((n) => ({ ...n, read: true })) },
      );
      return queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY });
    },
  });
}
