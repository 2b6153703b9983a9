import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { NOTIFICATIONS_QUERY_KEY, type NotificationPage } from './get-notifications';

/** Marks one notification read. */
export function markNotificationRead(id: string) {
  return unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } }, body: {} }));
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: (_data, id) => {
      // Show it read at once (on every page that holds it); the next poll confirms.
      queryClient.setQueriesData<NotificationPage>({ queryKey: NOTIFICATIONS_QUERY_KEY }, (page) => {
        if (!page) return page;
        const wasUnread = page.items.some((n) => n.id === id && !n.read);
        return {
          ...page,
          unread: Math.max(0, page.unread - (wasUnread ? 1 : 0)),
          items: page.items.map((n) => (n.id === id ? { ...n, read: true } : n)),
        };
      });
      return queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY });
    },
  });
}
