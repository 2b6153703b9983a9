import { exportedTables } from '../privacy/data-rights.coverage';
import {
  PERSONAL_DATA_SECTIONS,
  PRINTOUT_LOCALES,
  PRINTOUT_PHRASES,
  printoutLocale,
  type PrintoutPhrases,
} from './printout-phrases';

/** Sample arguments for the phrases that take some (the same for every language, so outputs compare). */
const SAMPLE: Record<string, unknown[]> = {
  exportedBy: ['Олена Коваль', 'ROLE', 'Кіберполіція Київ', '2031-03-10 09:00:00 UTC'],
  documentTitle: ['Олена Коваль'],
  asOf: ['2031-03-10'],
  passed: [85],
  notPassed: [40],
  session: [2, '2031-03-03 09:00 – 17:00 (Europe/Kyiv)'],
  retentionYears: [5],
  neverExported: ['app_user.password_hash'],
};

/** Every phrase as a path and its text (functions called with their sample arguments). */
function leaves(phrases: PrintoutPhrases): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string[]) => {
    const name = path[path.length - 1];
    if (typeof node === 'string') out.set(path.join('.'), node);
    else if (typeof node === 'function') {
      const args = SAMPLE[name];
      if (!args) throw new Error(`no sample arguments for ${path.join('.')}`);
      out.set(path.join('.'), (node as (...a: unknown[]) => string)(...args));
    } else for (const [key, value] of Object.entries(node as object)) walk(value, [...path, key]);
  };
  walk(phrases, []);
  return out;
}

/**
 * Phrases a language writes as English does, on purpose. Names of roles in English keep the stamp's old form
 * ("coordinator"), so none are listed here; a new entry needs a reason.
 */
const SAME_AS_ENGLISH: Partial<Record<string, string[]>> = {};

describe('printout phrases', () => {
  const english = leaves(PRINTOUT_PHRASES.en);

  it('has every phrase, non-empty, in each of the six languages', () => {
    expect(Object.keys(PRINTOUT_PHRASES).sort()).toEqual([...PRINTOUT_LOCALES].sort());
    for (const locale of PRINTOUT_LOCALES) {
      const own = leaves(PRINTOUT_PHRASES[locale]);
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of own)
        expect({ locale, path, empty: text.trim() === '' }).toEqual({ locale, path, empty: false });
    }
  });

  it('is translated: no language copies an English phrase', () => {
    for (const locale of PRINTOUT_LOCALES.filter((l) => l !== 'en')) {
      const copied = [...leaves(PRINTOUT_PHRASES[locale])]
        .filter(([path, text]) => text === english.get(path) && !SAME_AS_ENGLISH[locale]?.includes(path))
        .map(([path]) => path);
      expect({ locale, copied }).toEqual({ locale, copied: [] });
    }
  });

  it('keeps the arguments: names, dates and numbers appear in every language’s phrase', () => {
    for (const locale of PRINTOUT_LOCALES) {
      const own = leaves(PRINTOUT_PHRASES[locale]);
      expect(own.get('exportedBy')).toContain('Олена Коваль');
      expect(own.get('exportedBy')).toContain('Кіберполіція Київ');
      expect(own.get('exportedBy')).toContain('2031-03-10 09:00:00 UTC');
      expect(own.get('trainingRecord.asOf')).toContain('2031-03-10');
      expect(own.get('trainingRecord.passed')).toContain('85');
      expect(own.get('attendanceSheet.session')).toContain('2031-03-03 09:00 – 17:00 (Europe/Kyiv)');
      expect(own.get('personalData.retentionYears')).toContain('5');
    }
  });

  it('counts years in each language’s plural forms', () => {
    const years = (locale: 'ru' | 'uk', n: number) => PRINTOUT_PHRASES[locale].personalData.retentionYears(n);
    expect(years('uk', 1)).toContain('1 рік');
    expect(years('uk', 3)).toContain('3 роки');
    expect(years('uk', 5)).toContain('5 років');
    expect(years('ru', 21)).toContain('21 год');
    expect(years('ru', 2)).toContain('2 года');
    expect(years('ru', 11)).toContain('11 лет');
  });

  it('titles every kind of data the personal-data export reads', () => {
    expect([...PERSONAL_DATA_SECTIONS].sort()).toEqual(exportedTables());
  });
});

describe('printoutLocale', () => {
  const of = (...preferred: string[]) => printoutLocale({ preferred, reads: [] });

  it('takes the first preferred language of the six, by tag or by language', () => {
    expect(of('uk')).toBe('uk');
    expect(of('uk-UA')).toBe('uk');
    expect(of('zh')).toBe('zh-CN');
    expect(of('zh-cn')).toBe('zh-CN');
    expect(of('pt')).toBe('pt-BR');
    expect(of('de', 'ru', 'uk')).toBe('ru');
  });

  it('is English when none of the preferred languages is one of the six', () => {
    expect(of('de')).toBe('en');
    expect(of()).toBe('en');
    expect(printoutLocale(undefined)).toBe('en');
    // Further reading languages are content languages, not the portal's: the labels stay English.
    expect(printoutLocale({ preferred: ['de'], reads: ['uk'] })).toBe('en');
  });
});
