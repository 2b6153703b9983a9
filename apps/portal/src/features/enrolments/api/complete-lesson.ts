import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { enrolmentQueryKey } from './get-enrolment';
import { progressQueryKey } from './get-progress';

/** Saves a lesson as done (idempotent); the answer is the progress after it. */
export function completeLesson({ enrolmentId, lessonId }: { enrolmentId: string; lessonId: string }) {
  return unwrap(
    api.PUT('/api/enrolments/{id}/lessons/{lessonId}/completion', { params: { path: { id: enrolmentId, lessonId } } }),
  );
}

export function useCompleteLesson(enrolmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lessonId: string) => completeLesson({ enrolmentId, lessonId }),
    onSuccess: (progress) => {
      queryClient.setQueryData(progressQueryKey(enrolmentId), progress);
      queryClient.setQueryData(enrolmentQueryKey(enrolmentId), progress.enrolment);
      return queryClient.invalidateQueries({ queryKey: ['enrolments', 'list'] });
    },
  });
}
