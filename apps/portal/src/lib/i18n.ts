import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '@/locales/en.json';
import type verifierEn from '@/locales/verifier/en.json';

/**
 * The portal's languages, each named in itself. To add one: write `locales/<code>.json` with every
 * key of `en.json` (the i18n spec checks it), list it here and give it a loader below.
 */
export const SUPPORTED_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'ru', name: 'Русский' },
  { code: 'uk', name: 'Українська' },
  { code: 'zh-CN', name: '简体中文' },
] as const;
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

/** English ships in the entry bundle (it is also the fallback); other languages load on demand. */
export const resources = {
  en: { translation: en },
} as const;

const LOADERS: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ default: unknown }>> = {
  es: () => import('@/locales/es.json'),
  'pt-BR': () => import('@/locales/pt-BR.json'),
  ru: () => import('@/locales/ru.json'),
  uk: () => import('@/locales/uk.json'),
  'zh-CN': () => import('@/locales/zh-CN.json'),
};

const STORAGE_KEY = 'icspa.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `verifier`: the offline verifier's own namespace, loaded with its page (features/certifications/lib/verifier-i18n.ts).
    resources: (typeof resources)['en'] & { verifier: typeof verifierEn };
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

/** The language chosen on this browser before, else the browser's preferred supported one, else English. */
function detectLanguage(): LanguageCode {
  const stored = matchLanguage(typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY));
  if (stored) return stored;
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * The English strings of the signed-in pages and the account pages, which the build keeps out of the entry (the
 * sign-in page's byte budget; `deferredStrings` in vite.plugins.mts): the signed-in app's frame and those pages'
 * routes load them with their code.
 * Where English is whole (tests, development without the plugin), nothing is loaded.
 */
export async function loadDeferredStrings(): Promise<void> {
  if (i18n.getResource('en', 'translation', 'people.add') !== undefined) return;
  const { default: deferred } = await import('virtual:deferred-strings');
  i18n.addResourceBundle('en', 'translation', deferred, true, false);
}

/** Loads a language's strings if needed, switches to it and remembers it on this browser. */
export async function setLanguage(code: LanguageCode): Promise<void> {
  if (code !== 'en' && !i18n.hasResourceBundle(code, 'translation')) {
    const bundle = await LOADERS[code]();
    i18n.addResourceBundle(code, 'translation', bundle.default, true, true);
  }
  await i18n.changeLanguage(code);
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/**
 * Initialises i18next once, before the first render (which waits for the detected language's
 * strings), and keeps `<html lang dir>` in step with the language.
 */
export async function initI18n(): Promise<typeof i18n> {
  if (i18n.isInitialized) return i18n;
  i18n.on('languageChanged', (lng) => {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = lng;
    document.documentElement.dir = i18n.dir(lng);
  });
  void i18n.use(initReactI18next).init({
    resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: SUPPORTED_LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  const detected = detectLanguage();
  if (detected !== DEFAULT_LANGUAGE) await setLanguage(detected).catch(() => undefined); // stay in English if it fails to load
  return i18n;
}

export { i18n };
