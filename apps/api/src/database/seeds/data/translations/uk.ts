import type { LocaleTranslationSeed } from './types';

/** Catalogue text in locale 'uk' (see ./types.ts). */
export const UK: LocaleTranslationSeed = {
  locale: 'uk',
  courses: {},
  programmes: {},
};
