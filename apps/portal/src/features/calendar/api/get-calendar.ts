import type { Schemas } from '@icspa/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type CalendarEntry = Schemas['CalendarEntryDto'];
export interface CalendarRange {
  from: string;
  to: string;
  countryCode?: string;
  courseId?: string;
  trainerId?: string;
}

/** The signed-in user's calendar over [from, to): sessions in their scope and their own dates. */
export function getCalendar(range: CalendarRange, signal?: AbortSignal) {
  return unwrap(api.GET('/api/calendar', { params: { query: range }, signal }));
}

export function getCalendarQueryOptions(range: CalendarRange) {
  return queryOptions({
    queryKey: ['calendar', range] as const,
    queryFn: ({ signal }) => getCalendar(range, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCalendar(range: CalendarRange) {
  return useQuery(getCalendarQueryOptions(range));
}
