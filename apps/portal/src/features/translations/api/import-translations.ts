import type { Schemas } from '@icspa/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export type TranslationImportResult = Schemas['TranslationImportResultDto'];

/** The content type the API reads each file as, by its extension. */
export function fileContentType(name: string): string | undefined {
  if (/\.xlf{1,2}$|\.xliff$/i.test(name)) return 'application/xliff+xml';
  if (/\.po$/i.test(name)) return 'text/x-gettext-translation';
  return undefined;
}

/** Sends a translator's XLIFF or PO file as it is; every string is checked, and all are saved as drafts or none. */
export function importTranslations({
  courseId,
  locale,
  text,
  contentType,
}: {
  courseId: string;
  locale: string;
  text: string;
  contentType: string;
}) {
  return unwrap(
    api.POST('/api/courses/{id}/translations/{locale}/import', {
      params: { path: { id: courseId, locale } },
      body: text as never,
      bodySerializer: (body: unknown) => body as string,
      headers: { 'content-type': contentType },
    }),
  );
}

export function useImportTranslations(courseId: string, locale: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string; contentType: string }) => importTranslations({ courseId, locale, ...input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['translations'] }),
  });
}

/** Where the course's strings download as a file (`xlf` or `po`). */
export function translationFileHref(courseId: string, locale: string, format: 'xlf' | 'po'): string {
  return `/api/courses/${encodeURIComponent(courseId)}/translations/${encodeURIComponent(locale)}.${format}`;
}
