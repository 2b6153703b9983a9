import i18n from 'i18next';
import { useEffect, useState } from 'react';
import en from '@/locales/verifier/en.json';

/**
 * The offline verifier's strings: their own i18next namespace (`verifier:…`, `src/locales/verifier/<code>.json`)
 * that ships with the verify page's chunk, never with the entry, so the sign-in page's bytes do not grow.
 * English is in the chunk (it is the fallback); another language's file loads when the page needs it.
 */
export const VERIFIER_NS = 'verifier';

const LOADERS: Record<string, () => Promise<{ default: unknown }>> = {
  es: () => import('@/locales/verifier/es.json'),
  'pt-BR': () => import('@/locales/verifier/pt-BR.json'),
  ru: () => import('@/locales/verifier/ru.json'),
  uk: () => import('@/locales/verifier/uk.json'),
  'zh-CN': () => import('@/locales/verifier/zh-CN.json'),
};

function addEnglish() {
  if (!i18n.hasResourceBundle('en', VERIFIER_NS)) i18n.addResourceBundle('en', VERIFIER_NS, en, true, true);
}

async function load(language: string): Promise<void> {
  addEnglish();
  const loader = LOADERS[language];
  if (!loader || i18n.hasResourceBundle(language, VERIFIER_NS)) return;
  i18n.addResourceBundle(language, VERIFIER_NS, (await loader()).default, true, true);
}

/** True once the verifier's strings of the current language are there; re-renders when they arrive. */
export function useVerifierStrings(): boolean {
  addEnglish();
  const language = i18n.language;
  const has = () => !LOADERS[language] || i18n.hasResourceBundle(language, VERIFIER_NS);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (has()) return;
    let live = true;
    void load(language).then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  });
  return has();
}
