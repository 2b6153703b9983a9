import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { attemptQueryKey } from './get-attempt';
import { attemptsQueryKey } from './get-attempts';

/** Starts an attempt, or resumes the one still open; its questions come without answers. */
export function startAttempt(enrolmentId: string) {
  return unwrap(api.POST('/api/enrolments/{id}/attempts', { params: { path: { id: enrolmentId } }, body: {} }));
}

export function useStartAttempt(enrolmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startAttempt(enrolmentId),
    onSuccess: (attempt) => {
      queryClient.setQueryData(attemptQueryKey(attempt.id), attempt);
      // Not awaited: the refreshed list re-renders the page the button sits on, and the caller opens the attempt first.
      void queryClient.invalidateQueries({ queryKey: attemptsQueryKey(enrolmentId) });
    },
  });
}
