import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, isApiError, isNetworkFailure, unwrap } from '@/lib/api-client';
import { dropCompletion, newClientId, queueCompletion, queuedCompletions, refuseCompletion } from '@/lib/offline-db';
import { enrolmentQueryKey } from './get-enrolment';
import { progressQueryKey, withQueued, type Progress } from './get-progress';

/**
 * Saves a lesson as done (idempotent); the answer is the progress after it. `clientId` names this
 * completion: the server records it once however often it is sent.
 */
export function completeLesson({
  enrolmentId,
  lessonId,
  clientId,
}: {
  enrolmentId: string;
  lessonId: string;
  clientId: string;
}) {
  return unwrap(
    api.PUT('/api/enrolments/{id}/lessons/{lessonId}/completion', {
      params: { path: { id: enrolmentId, lessonId } },
      body: { clientId },
    }),
  );
}

function applyProgress(queryClient: QueryClient, enrolmentId: string, progress: Progress) {
  queryClient.setQueryData(progressQueryKey(enrolmentId), progress);
  queryClient.setQueryData(enrolmentQueryKey(enrolmentId), progress.enrolment);
}

/**
 * Marks a lesson done. Offline (no answer from the server), the completion waits on this device with its
 * id, counts as done at once, and is sent by `syncCompletions` when the server answers again.
 */
export function useCompleteLesson(enrolmentId: string, context: { userId: string; lessonTitle: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (lessonId: string): Promise<Progress> => {
      const clientId = newClientId();
      try {
        return await completeLesson({ enrolmentId, lessonId, clientId });
      } catch (error) {
        if (!isNetworkFailure(error)) throw error;
        await queueCompletion({
          clientId,
          userId: context.userId,
          enrolmentId,
          lessonId,
          lessonTitle: context.lessonTitle,
          queuedAt: new Date().toISOString(),
          state: 'pending',
        });
        const before = queryClient.getQueryData<Progress>(progressQueryKey(enrolmentId));
        if (!before) throw error;
        return withQueued(before, enrolmentId);
      }
    },
    onSuccess: (progress) => {
      applyProgress(queryClient, enrolmentId, progress);
      return queryClient.invalidateQueries({ queryKey: ['enrolments', 'list'] });
    },
  });
}

let syncing: Promise<void> | undefined;

/**
 * Sends the completions made offline, oldest first, each with its id (a repeat is accepted once). A
 * refusal (the enrolment was withdrawn meanwhile, …) stays listed with its reason until dismissed;
 * without an answer the rest waits for the next try. One sync at a time.
 */
export function syncCompletions(queryClient: QueryClient, userId: string): Promise<void> {
  syncing ??= (async () => {
    try {
      for (const item of await queuedCompletions()) {
        if (item.state !== 'pending' || item.userId !== userId) continue;
        try {
          const progress = await completeLesson(item);
          await dropCompletion(item.clientId);
          applyProgress(queryClient, item.enrolmentId, await withQueued(progress, item.enrolmentId));
        } catch (error) {
          // No answer, a session that ended or a server error: try again later.
          if (!isApiError(error) || error.status === 0 || error.status === 401 || error.status >= 500) return;
          await refuseCompletion(item.clientId, {
            status: error.status,
            code: error.code,
            field: error.field,
            params: error.params,
            message: error.message,
          });
          await queryClient.invalidateQueries({ queryKey: progressQueryKey(item.enrolmentId) });
        }
      }
      await queryClient.invalidateQueries({ queryKey: ['enrolments'] });
    } finally {
      syncing = undefined;
    }
  })();
  return syncing;
}
