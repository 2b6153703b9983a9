import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError, unwrap } from '@/lib/api-client';

export type AssessmentAdmin = Schemas['AssessmentAdminDto'];
export type QuestionAdmin = Schemas['QuestionAdminDto'];

/** A course's assessment with its question bank and answers (admins); null when none is set up yet (404). */
export async function getAssessment(courseId: string, signal?: AbortSignal): Promise<AssessmentAdmin | null> {
  try {
    return await unwrap(api.GET('/api/courses/{id}/assessment', { params: { path: { id: courseId } }, signal }));
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export const assessmentQueryKey = (courseId: string) => ['courses', 'assessment', courseId] as const;

export function getAssessmentQueryOptions(courseId: string) {
  return queryOptions({
    queryKey: assessmentQueryKey(courseId),
    queryFn: ({ signal }) => getAssessment(courseId, signal),
  });
}

export function useAssessment(courseId: string) {
  return useQuery(getAssessmentQueryOptions(courseId));
}
