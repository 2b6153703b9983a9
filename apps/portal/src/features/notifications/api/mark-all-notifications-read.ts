import type { NotificationKind } from '@icspa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { NOTIFICATIONS_QUERY_KEY, type NotificationPage } from './get-notifications';

/** Marks every notification of the caller read, or every one of a kind. */
export function markAllNotificationsRead(kind?: NotificationKind | null) {
  return unwrap(api.POST('/api/notifications/read-all', { body: kind ? { kind } : {} }));
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind?: NotificationKind | null) => markAllNotificationsRead(kind),
    onSuccess: (_data, kind) => {
      queryClient.setQueriesData<NotificationPage>(
        { queryKey: NOTIFICATIONS_QUERY_KEY },
        (page) =>
          page && {
            ...page,
            items: page.items.map((n) => (!kind || n.kind === kind ? { ...n, read: true } : n)),
          },
      );
      return queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY });
    },
  });
}
