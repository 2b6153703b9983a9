import type { LocaleTranslationSeed } from './types';

/** Catalogue text in locale 'ru' (see ./types.ts). */
export const RU: LocaleTranslationSeed = {
  locale: 'ru',
  courses: {},
  programmes: {},
};
