import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import i18next, { type i18n, type TFunction } from 'i18next';

/** The portal's languages: e-mails speak the same six, from the same catalogue files. */
export const MAIL_LANGUAGES = ['en', 'es', 'pt-BR', 'ru', 'uk', 'zh-CN'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/**
 * Where the portal's catalogue lies: `apps/portal/src/locales` from the sources (tests, ts-node), or
 * `dist/api/locales`, which the API build copies there for the image that ships only `dist`.
 */
export function findLocalesDir(start = __dirname): string {
  if (process.env.LOCALES_DIR) return process.env.LOCALES_DIR;
  for (let dir = start; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'apps/portal/src/locales'), join(dir, 'locales')]) {
      if (existsSync(join(candidate, 'en.json'))) return candidate;
    }
    if (dirname(dir) === dir) throw new Error(`no locale catalogue (en.json) above ${start}; set LOCALES_DIR`);
  }
}

/** The supported language closest to a stored locale (`pt` → `pt-BR`, `zh` → `zh-CN`), else English. */
export function mailLanguage(tag: string | null | undefined): MailLanguage {
  if (!tag) return 'en';
  const lower = tag.toLowerCase();
  const exact = MAIL_LANGUAGES.find((c) => c.toLowerCase() === lower);
  if (exact) return exact;
  const primary = lower.split('-')[0];
  return MAIL_LANGUAGES.find((c) => c.toLowerCase().split('-')[0] === primary) ?? 'en';
}

let instance: i18n | undefined;

/** One i18next instance over all six catalogues, loaded once per process. */
export function mailCatalogue(): i18n {
  if (instance) return instance;
  const dir = findLocalesDir();
  const resources = Object.fromEntries(
    MAIL_LANGUAGES.map((lng) => [lng, { translation: JSON.parse(readFileSync(join(dir, `${lng}.json`), 'utf8')) }]),
  );
  const created = i18next.createInstance();
  void created.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...MAIL_LANGUAGES],
    // Values are escaped where the HTML part is built; the text part wants them as they are.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  instance = created;
  return created;
}

/** A translate function fixed to one language. */
export function translator(language: MailLanguage): TFunction {
  return mailCatalogue().getFixedT(language);
}
