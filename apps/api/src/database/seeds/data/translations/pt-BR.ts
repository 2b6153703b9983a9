import type { LocaleTranslationSeed } from './types';

/** Catalogue text in locale 'pt-BR' (see ./types.ts). */
export const PT_BR: LocaleTranslationSeed = {
  locale: 'pt-BR',
  courses: {},
  programmes: {},
};
