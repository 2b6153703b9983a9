import type { LocaleTranslationSeed } from './types';

/** Catalogue text in locale 'zh-CN' (see ./types.ts). */
export const ZH_CN: LocaleTranslationSeed = {
  locale: 'zh-CN',
  courses: {},
  programmes: {},
};
