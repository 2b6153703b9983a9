/** Content fixtures' translation fields: text shown as written, in English (no translation involved). */
export const AS_WRITTEN = {
  contentLocale: 'en',
  translation: { locale: 'en', status: 'source' as const, fallback: false, outdatedSince: null },
};

/** A course summary's language fields when it is written in English and translated into nothing. */
export const ENGLISH_ONLY = { sourceLocale: 'en', availableIn: ['en'], ...AS_WRITTEN };
