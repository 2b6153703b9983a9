import type { Schemas } from '@icspa/api-client';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CalendarFeed = Schemas['CalendarFeedDto'];
const feedKey = ['calendar', 'feed'] as const;

/** Whether the user has a private feed URL (the URL itself is shown only when it is made). */
export function getCalendarFeed(signal?: AbortSignal) {
  return unwrap(api.GET('/api/calendar/feed', { signal }));
}

export function useCalendarFeed() {
  return useQuery(queryOptions({ queryKey: feedKey, queryFn: ({ signal }) => getCalendarFeed(signal) }));
}

/** Makes a new private URL; the old one stops working. */
export function useRegenerateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/calendar/feed', { body: {} })),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, { ...feed, url: null }),
  });
}

/** Revokes the private URL. */
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/calendar/feed')),
    onSuccess: () => queryClient.setQueryData(feedKey, { active: false, createdAt: null, url: null }),
  });
}
