import { SOURCE_LOCALE, type TranslationMeta } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import { SUPPORTED_LANGUAGES } from '@/lib/i18n';

/** What a note speaks of: its words differ by kind ("this lesson", "this course"…). */
export type ContentKind = 'course' | 'lesson' | 'assessment' | 'programme';

/** A language named in itself (Українська, 简体中文), as the language menu names it; else its code. */
export function languageEndonym(code: string): string {
  const known = SUPPORTED_LANGUAGES.find((l) => l.code === code);
  if (known) return known.name;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** Whether a reader should be told something about this text: another language, or an outdated translation. */
export function needsNote(meta: TranslationMeta | undefined): meta is TranslationMeta {
  return !!meta && (meta.fallback || meta.status === 'outdated');
}

/**
 * Says, in the portal's language, when content is not in it ("This lesson is not yet available in
 * Українська; shown in English") or when its translation may be out of date ("The English original changed
 * on 4 March 2031; this translation may be out of date"). Renders nothing when the text is the reader's and
 * current: never a silent mix.
 */
export function TranslationNote({
  meta,
  kind,
  sourceLocale = SOURCE_LOCALE,
}: {
  meta: TranslationMeta | undefined;
  kind: ContentKind;
  sourceLocale?: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  if (!needsNote(meta)) return null;
  const reader = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="alert alert--info translation-note" role="note">
      {meta.fallback ? (
        <p>
          {t(`translations.note.fallback.${kind}`, {
            language: languageEndonym(reader),
            shown: languageEndonym(meta.locale),
          })}
        </p>
      ) : null}
      {meta.status === 'outdated' && meta.outdatedSince ? (
        <p>
          {t('translations.note.outdated', {
            source: languageEndonym(sourceLocale),
            date: format.date(meta.outdatedSince),
          })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The one note for several items shown together (an assessment's questions): the first in another
 * language, and the most recently outdated.
 */
export function combinedMeta(metas: readonly (TranslationMeta | undefined)[]): TranslationMeta | undefined {
  const shown = metas.filter((m): m is TranslationMeta => !!m);
  const fallback = shown.find((m) => m.fallback);
  const outdated = shown
    .filter((m) => m.status === 'outdated' && m.outdatedSince)
    .sort((a, b) => (b.outdatedSince ?? '').localeCompare(a.outdatedSince ?? ''))[0];
  if (!fallback && !outdated) return undefined;
  return {
    locale: (fallback ?? outdated)!.locale,
    status: outdated ? 'outdated' : (fallback?.status ?? 'source'),
    fallback: !!fallback,
    outdatedSince: outdated?.outdatedSince ?? null,
  };
}
