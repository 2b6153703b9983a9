import { ES } from './es';
import { PT_BR } from './pt-BR';
import { RU } from './ru';
import type { LocaleTranslationSeed } from './types';
import { UK } from './uk';
import { ZH_CN } from './zh-CN';

export * from './types';
/** Every seeded translation, one entry per locale. */
export const TRANSLATIONS: LocaleTranslationSeed[] = [ES, PT_BR, RU, UK, ZH_CN];
