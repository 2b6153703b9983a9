import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

type Tree = { [key: string]: string | Tree };

/** A translate function fixed to one language: `t('email.greeting', { name })`. */
export type Translate = (key: string, values?: Record<string, string | number> & { defaultValue?: string }) => string;

let catalogues: Record<MailLanguage, Tree> | undefined;

/** The six catalogues, read once per process. */
function mailCatalogues(): Record<MailLanguage, Tree> {
  if (catalogues) return catalogues;
  const dir = findLocalesDir();
  catalogues = Object.fromEntries(
    MAIL_LANGUAGES.map((lng) => [lng, JSON.parse(readFileSync(join(dir, `${lng}.json`), 'utf8')) as Tree]),
  ) as Record<MailLanguage, Tree>;
  return catalogues;
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part))
      return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The portal's catalogue read the way the portal's i18next reads it: dotted keys, English when the language
 * lacks one, `{{name}}` interpolation without escaping (the HTML part escapes), a `context` value choosing
 * `key_<context>` where the catalogue has it. Plurals and dates are never in
 * the catalogue's keys (every language has the same keys): they come from `Intl`, see `recipientFormat`.
 * (The API does not depend on i18next, a portal library by the project's module rules.)
 */
export function translator(language: MailLanguage): Translate {
  const all = mailCatalogues();
  return (key, values = {}) => {
    const { defaultValue, context, ...vars } = values;
    // i18next's context, as the portal reads it: `key_<context>` first (in the language, then English), then `key`.
    const keys = typeof context === 'string' && context !== '' ? [`${key}_${context}`, key] : [key];
    let text: string | undefined;
    for (const k of keys) text ??= lookup(all[language], k) ?? lookup(all.en, k);
    text ??= defaultValue ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
    );
  };
}
