import type { LocaleTranslationSeed } from './types';

/** Catalogue text in locale 'es' (see ./types.ts). */
export const ES: LocaleTranslationSeed = {
  locale: 'es',
  courses: {},
  programmes: {},
};
