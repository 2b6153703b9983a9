import type { Schemas } from '@icspa/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type TranslationProgress = Schemas['TranslationProgressDto'];
export type CourseProgress = Schemas['CourseProgressDto'];
export type LocaleProgress = Schemas['LocaleProgressDto'];

export const translationProgressQueryKey = ['translations', 'progress'] as const;

/** Per course and locale the caller may translate into: published, draft, outdated and missing counts. */
export function getTranslationProgress(signal?: AbortSignal) {
  return unwrap(api.GET('/api/translations/progress', { signal }));
}

export function getTranslationProgressQueryOptions() {
  return queryOptions({
    queryKey: translationProgressQueryKey,
    queryFn: ({ signal }) => getTranslationProgress(signal),
  });
}

export function useTranslationProgress(options: { enabled?: boolean } = {}) {
  return useQuery({ ...getTranslationProgressQueryOptions(), enabled: options.enabled ?? true });
}
