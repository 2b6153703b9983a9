import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { TranslationFields } from '@/features/translations/lib/string-fields';

export interface TranslationKey {
  entityType: string;
  entityId: string;
  locale: string;
}

/** Saves a translation as a draft (learners do not see it yet). */
export function saveTranslation({
  entityType,
  entityId,
  locale,
  fields,
}: TranslationKey & { fields: TranslationFields }) {
  return unwrap(
    api.PUT('/api/translations/{entityType}/{entityKey}/{locale}', {
      params: { path: { entityType, entityKey: entityId, locale } },
      body: { fields },
    }),
  );
}

/** Publishes the saved translation: learners reading the locale are shown it. */
export function publishTranslation({ entityType, entityId, locale }: TranslationKey) {
  return unwrap(
    api.POST('/api/translations/{entityType}/{entityKey}/{locale}/publish', {
      params: { path: { entityType, entityKey: entityId, locale } },
      body: {},
    }),
  );
}

/** Save (and, with `publish`, then publish) one entity's translation; the course's strings and progress reload. */
export function useSaveTranslation(courseId: string, locale: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: TranslationKey & { fields: TranslationFields; publish: boolean }) => {
      const saved = await saveTranslation(input);
      return input.publish ? publishTranslation(input) : saved;
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['translations', 'course', courseId, locale] }),
        queryClient.invalidateQueries({ queryKey: ['translations', 'progress'] }),
      ]),
  });
}
