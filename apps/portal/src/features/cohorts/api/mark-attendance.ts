import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { attendanceQueryKey } from './get-attendance-sheet';

export type AttendanceMark = Schemas['AttendanceMarkDto'];

/** Records marks on a session's sheet (others stay as they are). */
export function markAttendance(sessionId: string, marks: AttendanceMark[]) {
  return unwrap(
    api.PUT('/api/training-sessions/{id}/attendance', { params: { path: { id: sessionId } }, body: { marks } }),
  );
}

export function useMarkAttendance(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (marks: AttendanceMark[]) => markAttendance(sessionId, marks),
    onSuccess: (sheet) => {
      queryClient.setQueryData(attendanceQueryKey(sessionId), sheet);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cohorts', 'roster'] }),
        queryClient.invalidateQueries({ queryKey: ['enrolments'] }),
      ]);
    },
  });
}
