import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { attemptQueryKey } from './get-attempt';
import { attemptsQueryKey } from './get-attempts';

export type AttemptSubmission = Schemas['AttemptSubmitDto'];

/** Hands an attempt in; the server scores it and answers with the result and the correct options. */
export function submitAttempt({ attemptId, ...body }: AttemptSubmission & { attemptId: string }) {
  return unwrap(api.POST('/api/attempts/{id}/submit', { params: { path: { id: attemptId } }, body }));
}

export function useSubmitAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAttempt,
    onSuccess: (attempt) => {
      queryClient.setQueryData(attemptQueryKey(attempt.id), attempt);
      // Passing may complete the enrolment.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: attemptsQueryKey(attempt.enrolmentId) }),
        queryClient.invalidateQueries({ queryKey: ['enrolments'] }),
      ]);
    },
  });
}
