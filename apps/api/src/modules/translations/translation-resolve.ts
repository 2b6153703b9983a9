import { EntityManager } from 'typeorm';
import type { TranslationEntity, TranslationMeta } from '@icspa/domain';
import type { TranslationFields } from './translation.entity';
import type { ContentLocaleRow, SourceRow, TranslationRow } from './translations.queries';
import { sourcesOf, translationsOf } from './translations.queries';

/** What a reader is shown of one entity: its fields and how they were chosen. */
export interface Resolved {
  fields: TranslationFields;
  meta: TranslationMeta;
}

/**
 * The reader's languages as content locales, in order, without repeats: each tag as given (any letter
 * case), else its language matched to a content locale (`uk-UA` → `uk`, `zh` → `zh-CN`, `pt` → `pt-BR`).
 * Tags no content locale matches are dropped.
 */
export function normaliseReaderLocales(requested: string[], known: Pick<ContentLocaleRow, 'code'>[]): string[] {
  const out: string[] = [];
  for (const raw of requested) {
    const tag = raw.trim().toLowerCase();
    if (!tag) continue;
    const exact = known.find((k) => k.code.toLowerCase() === tag);
    const language = tag.split('-')[0];
    const code = exact?.code ?? known.find((k) => k.code.toLowerCase().split('-')[0] === language)?.code;
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

/**
 * Picks, for one entity, the text a reader gets: the first of `readerLocales` in which it is published or
 * outdated, stopping at its source language (read as it is); when none, the source. `fallback` says the
 * text is not in the reader's first language. A translation that lacks an option (the source gained one
 * since) gives the source text of that option only.
 */
export function pickText(source: SourceRow, translations: TranslationRow[], readerLocales: string[]): Resolved {
  const first = readerLocales[0] ?? source.sourceLocale;
  for (const locale of readerLocales) {
    if (locale === source.sourceLocale) break;
    const t = translations.find((r) => r.locale === locale && r.entityId === source.id);
    if (!t) continue;
    const fields: TranslationFields = { ...source.fields };
    for (const [key, value] of Object.entries(t.fields)) {
      if (!(key in source.fields)) continue;
      fields[key] =
        typeof value === 'object' && typeof source.fields[key] === 'object'
          ? { ...(source.fields[key] as Record<string, string>), ...value }
          : value;
    }
    return {
      fields,
      meta: {
        locale,
        status: t.status,
        fallback: locale !== first,
        outdatedSince: t.status === 'outdated' && t.outdatedSince ? new Date(t.outdatedSince).toISOString() : null,
      },
    };
  }
  return {
    fields: source.fields,
    meta: {
      locale: source.sourceLocale,
      status: 'source',
      fallback: source.sourceLocale !== first,
      outdatedSince: null,
    },
  };
}

/**
 * The text each entity shows a reader whose languages are `readerLocales` (content locale codes, first
 * choice first; see `normaliseReaderLocales`), by entity id. Ids without a source are left out.
 */
export async function resolve(
  manager: EntityManager,
  entityType: TranslationEntity,
  ids: string[],
  readerLocales: string[],
): Promise<Map<string, Resolved>> {
  const result = new Map<string, Resolved>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return result;
  const sources = await sourcesOf(manager, entityType, unique);
  const translations = readerLocales.length
    ? await translationsOf(manager, entityType, unique, readerLocales, true)
    : [];
  for (const source of sources) result.set(source.id, pickText(source, translations, readerLocales));
  return result;
}
