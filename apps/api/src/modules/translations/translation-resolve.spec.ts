import { acceptLanguageTags } from './reader-languages';
import { normaliseReaderLocales, pickText } from './translation-resolve';
import type { SourceRow, TranslationRow } from './translations.queries';

const KNOWN = ['en', 'es', 'pt-BR', 'ru', 'uk', 'zh-CN'].map((code) => ({ code }));

const SOURCE: SourceRow = {
  id: 'q-1',
  fields: { prompt: 'Which hash?', options: { a: 'SHA-256', b: 'CRC-8' } },
  revision: 2,
  courseId: 'c-1',
  sourceLocale: 'en',
};

function translation(locale: string, fields: TranslationRow['fields'], status: 'published' | 'outdated' = 'published') {
  return {
    id: `t-${locale}`,
    entityType: 'question',
    entityId: 'q-1',
    courseId: 'c-1',
    locale,
    fields,
    status,
    sourceFields: SOURCE.fields,
    sourceRevision: 1,
    outdatedSince: status === 'outdated' ? new Date('2031-03-04T00:00:00Z') : null,
    updatedAt: new Date(),
    publishedAt: new Date(),
  } as TranslationRow;
}

describe('reader languages', () => {
  it('orders Accept-Language tags by weight, drops * and q=0, keeps ties in order', () => {
    expect(acceptLanguageTags('fr-FR, uk-UA;q=0.9, en;q=0.5, *;q=0.1, de;q=0')).toEqual(['fr-FR', 'uk-UA', 'en']);
    expect(acceptLanguageTags('ru;q=0.8, uk;q=0.8')).toEqual(['ru', 'uk']);
    expect(acceptLanguageTags(undefined)).toEqual([]);
  });

  it('matches tags to content locales exactly, else by language, without repeats, dropping the unknown', () => {
    expect(normaliseReaderLocales(['UK-ua', 'zh', 'pt', 'fr', 'uk', 'ZH-cn'], KNOWN)).toEqual(['uk', 'zh-CN', 'pt-BR']);
  });
});

describe('pickText', () => {
  it('takes the first reader language with a shown translation; the source when none, flagged as fallback', () => {
    const uk = translation('uk', { prompt: 'Який хеш?', options: { a: 'SHA-256', b: 'CRC-8' } });
    expect(pickText(SOURCE, [uk], ['zh-CN', 'uk']).meta).toEqual({
      locale: 'uk',
      status: 'published',
      fallback: true,
      outdatedSince: null,
    });
    expect(pickText(SOURCE, [uk], ['uk']).meta.fallback).toBe(false);
    expect(pickText(SOURCE, [], ['uk'])).toEqual({
      fields: SOURCE.fields,
      meta: { locale: 'en', status: 'source', fallback: true, outdatedSince: null },
    });
    expect(pickText(SOURCE, [], []).meta).toMatchObject({ locale: 'en', fallback: false });
  });

  it('stops at the source language when the reader lists it before a translation', () => {
    const ru = translation('ru', { prompt: 'Какой хеш?', options: { a: 'SHA-256', b: 'CRC-8' } });
    expect(pickText(SOURCE, [ru], ['es', 'en', 'ru']).meta).toMatchObject({ locale: 'en', status: 'source' });
  });

  it('gives an outdated translation with its date, and an option the source gained since in the source text', () => {
    const uk = translation('uk', { prompt: 'Який хеш?', options: { a: 'SHA-256 (рекомендовано)' } }, 'outdated');
    const picked = pickText(SOURCE, [uk], ['uk']);
    expect(picked.fields).toEqual({ prompt: 'Який хеш?', options: { a: 'SHA-256 (рекомендовано)', b: 'CRC-8' } });
    expect(picked.meta).toEqual({
      locale: 'uk',
      status: 'outdated',
      fallback: false,
      outdatedSince: '2031-03-04T00:00:00.000Z',
    });
  });
});
