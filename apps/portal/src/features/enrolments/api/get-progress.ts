import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, orOfflineCopy, unwrap } from '@/lib/api-client';
import { keepProgress, keptProgress, queuedCompletions } from '@/lib/offline-db';

export type Progress = Schemas['ProgressDto'];

/**
 * The lessons done in an enrolment, with the enrolment (status, next lesson). The last answer is kept on
 * this device and stands in for the server offline; lessons marked done offline and not yet sent count as
 * done either way.
 */
export async function getProgress(enrolmentId: string, signal?: AbortSignal): Promise<Progress> {
  const progress = await orOfflineCopy(
    async () => {
      const answer = await unwrap(
        api.GET('/api/enrolments/{id}/progress', { params: { path: { id: enrolmentId } }, signal }),
      );
      void keepProgress(enrolmentId, answer).catch(() => undefined);
      return answer;
    },
    () => keptProgress(enrolmentId),
  );
  return withQueued(progress, enrolmentId);
}

/** The progress with the completions of this enrolment still waiting to be sent. */
export async function withQueued(progress: Progress, enrolmentId: string): Promise<Progress> {
  const queued = await queuedCompletions().catch(() => []);
  const waiting = queued.filter((q) => q.enrolmentId === enrolmentId && q.state === 'pending').map((q) => q.lessonId);
  const done = [...progress.completedLessonIds, ...waiting.filter((id) => !progress.completedLessonIds.includes(id))];
  return done.length === progress.completedLessonIds.length ? progress : { ...progress, completedLessonIds: done };
}

export const progressQueryKey = (enrolmentId: string) => ['enrolments', 'progress', enrolmentId] as const;

export function getProgressQueryOptions(enrolmentId: string) {
  return queryOptions({
    queryKey: progressQueryKey(enrolmentId),
    queryFn: ({ signal }) => getProgress(enrolmentId, signal),
  });
}

export function useProgress(enrolmentId: string) {
  return useQuery(getProgressQueryOptions(enrolmentId));
}
