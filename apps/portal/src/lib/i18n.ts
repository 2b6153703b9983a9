import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';

/**
 * The portal's languages. To add one: write `locales/<code>.json` with every key of `en.json`
 * (the i18n spec checks it), import it below and list it here.
 */
export const SUPPORTED_LANGUAGES = [{ code: 'en', name: 'English' }] as const;
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export const resources = {
  en: { translation: en },
} as const satisfies Record<LanguageCode, { translation: unknown }>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}

/** The supported language closest to a BCP 47 tag (`pt-BR` → `pt` when only `pt` exists), if any. */
export function matchLanguage(tag: string | null | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const codes = SUPPORTED_LANGUAGES.map((l) => l.code as string);
  const lower = tag.toLowerCase();
  const exact = codes.find((c) => c.toLowerCase() === lower);
  if (exact) return exact as LanguageCode;
  const primary = lower.split('-')[0];
  return codes.find((c) => c.toLowerCase().split('-')[0] === primary) as LanguageCode | undefined;
}

/** The browser's preferred supported language, else English. */
function detectLanguage(): LanguageCode {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/** Initialises i18next once, before the first render, and keeps `<html lang dir>` in step with the language. */
export function initI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  i18n.on('languageChanged', (lng) => {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = lng;
    document.documentElement.dir = i18n.dir(lng);
  });
  void i18n.use(initReactI18next).init({
    resources,
    lng: detectLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: SUPPORTED_LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  return i18n;
}

export { i18n };
