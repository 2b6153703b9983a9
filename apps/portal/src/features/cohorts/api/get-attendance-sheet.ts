import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type AttendanceSheet = Schemas['AttendanceSheetDto'];
export type AttendanceStatus = Schemas['AttendanceSheetEntryDto']['status'];

/** One session's sign-in sheet (the cohort's trainer, admins). */
export function getAttendanceSheet(sessionId: string, signal?: AbortSignal) {
  return unwrap(api.GET('/api/training-sessions/{id}/attendance', { params: { path: { id: sessionId } }, signal }));
}

export const attendanceQueryKey = (sessionId: string) => ['training-sessions', 'attendance', sessionId] as const;

export function useAttendanceSheet(sessionId: string) {
  return useQuery(
    queryOptions({
      queryKey: attendanceQueryKey(sessionId),
      queryFn: ({ signal }) => getAttendanceSheet(sessionId, signal),
    }),
  );
}

/** Where the printable sheet (PDF) is downloaded. */
export const attendancePdfHref = (sessionId: string) =>
  `/api/training-sessions/${encodeURIComponent(sessionId)}/attendance.pdf`;
