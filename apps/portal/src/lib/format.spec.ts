import { REGION_CODES } from '@icspa/domain';
import { createInstance } from 'i18next';
import en from '@/locales/en.json';
import uk from '@/locales/uk.json';
import zhCN from '@/locales/zh-CN.json';
import {
  formatCountry,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatFileSize,
  formatLanguage,
  formatList,
  formatMonth,
  formatNumber,
  formatPercent,
  formatRegion,
  formatTopic,
  formatRelativeDays,
  formatUnit,
} from './format';
import { fetchAllPages, pageCount, parsePage } from './pagination';

describe('format', () => {
  it('names a month for the language, in UTC, leaving other text as it is', () => {
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
    expect(formatMonth('2026-01', 'en', 'long')).toBe('January 2026');
    expect(formatMonth('2026-12', 'de', 'long')).toBe('Dezember 2026');
    expect(formatMonth('total', 'en')).toBe('total');
  });

  it('says a download’s size in decimal units, for the language', () => {
    expect(formatFileSize(512, 'en')).toBe('512 byte');
    expect(formatFileSize(12_345, 'en')).toBe('12 kB');
    expect(formatFileSize(1_450, 'en')).toBe('1.5 kB');
    expect(formatFileSize(2_345_678, 'en')).toBe('2.3 MB');
    expect(formatFileSize(1_450, 'ru')).toBe('1,5 кБ');
  });

  it('counts hours in words', () => {
    expect(formatUnit(36, 'hour', 'en')).toBe('36 hours');
  });

  it('formats numbers for the language', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'de')).toBe('1.234.567');
  });

  it('formats dates for the language and ignores invalid ones', () => {
    // Local noon: the same calendar day in every time zone the tests may run in.
    expect(formatDate(new Date(2024, 2, 5, 12), 'en')).toBe('Mar 5, 2024');
    expect(formatDateTime('2024-03-05T12:00:00Z', 'en')).toContain('2024');
    expect(formatDate('not a date', 'en')).toBe('');
  });

  it('names countries in the language, falling back to the given name', () => {
    expect(formatCountry('UA', 'en')).toBe('Ukraine');
    expect(formatCountry('ua', 'fr')).toBe('Ukraine');
    expect(formatCountry('DE', 'de')).toBe('Deutschland');
    expect(formatCountry('AA', 'en', 'Nowhere')).toBe('Nowhere');
  });
});

describe('format (regions)', () => {
  const i18n = createInstance();
  void i18n.init({
    resources: { en: { translation: en }, uk: { translation: uk }, 'zh-CN': { translation: zhCN } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });

  it('names regions from their codes in the language', () => {
    expect(formatRegion('north-america', i18n.getFixedT('en'))).toBe('North America');
    expect(formatRegion('north-america', i18n.getFixedT('uk'), 'North America')).toBe('Північна Америка');
    expect(formatRegion('sub-saharan-africa', i18n.getFixedT('zh-CN'), 'Sub-Saharan Africa')).toBe('撒哈拉以南非洲');
  });

  it("falls back to the API's name, else the code, for a region the locale files do not name", () => {
    expect(formatRegion('arctic', i18n.getFixedT('uk'), 'Arctic')).toBe('Arctic');
    expect(formatRegion('arctic', i18n.getFixedT('en'))).toBe('arctic');
  });

  it('names every region the API seeds', () => {
    expect(Object.keys(en.region).sort()).toEqual([...REGION_CODES].sort());
  });
});

describe('format (topics)', () => {
  const i18n = createInstance();
  void i18n.init({
    resources: { en: { translation: en }, uk: { translation: uk }, 'zh-CN': { translation: zhCN } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });

  it('names topic tags properly in the language, not as slugs', () => {
    expect(formatTopic('osint', i18n.getFixedT('en'))).toBe('OSINT (open-source intelligence)');
    expect(formatTopic('e-evidence', i18n.getFixedT('en'))).toBe('Electronic evidence');
    expect(formatTopic('e-evidence', i18n.getFixedT('uk'))).toBe('Електронні докази');
    expect(formatTopic('digital-forensics', i18n.getFixedT('zh-CN'))).toBe('数字取证');
  });

  it('reads a tag the locale files lack as words', () => {
    expect(formatTopic('cloud-forensics', i18n.getFixedT('uk'))).toBe('Cloud forensics');
    expect(formatTopic('', i18n.getFixedT('en'))).toBe('');
  });
});

describe('format (learning)', () => {
  it('names languages from their BCP 47 tags, falling back to the tag', () => {
    expect(formatLanguage('uk', 'en')).toBe('Ukrainian');
    expect(formatLanguage('pt-BR', 'en')).toBe('Brazilian Portuguese');
    expect(formatLanguage('not a tag!', 'en')).toBe('not a tag!');
  });

  it('formats a period, shortening what the two dates share', () => {
    // Intl puts thin spaces around the dash.
    expect(formatDateRange(new Date(2024, 2, 5, 12), new Date(2024, 2, 9, 12), 'en').replace(/\s/g, ' ')).toBe(
      'Mar 5 – 9, 2024',
    );
    expect(formatDateRange(new Date(2024, 2, 5, 12), new Date(2024, 2, 5, 12), 'en')).toBe('Mar 5, 2024');
    expect(formatDateRange('2024-03-05T12:00:00Z', 'nope', 'en')).toBe('');
  });

  it('formats percentages given from 0 to 100', () => {
    expect(formatPercent(40, 'en')).toBe('40%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });

  it('joins lists for the language', () => {
    expect(formatList(['English', 'Ukrainian', 'Spanish'], 'en')).toBe('English, Ukrainian, and Spanish');
    expect(formatList([], 'en')).toBe('');
  });
});

describe('format (certifications)', () => {
  it('words a number of days from now, plural-aware', () => {
    expect(formatRelativeDays(30, 'en')).toBe('in 30 days');
    expect(formatRelativeDays(1, 'en')).toBe('tomorrow');
    expect(formatRelativeDays(0, 'en')).toBe('today');
    expect(formatRelativeDays(-3, 'en')).toBe('3 days ago');
    expect(formatRelativeDays(2, 'de')).toBe('übermorgen');
  });

  it('counts months and days in words, plural-aware', () => {
    expect(formatUnit(24, 'month', 'en')).toBe('24 months');
    expect(formatUnit(1, 'month', 'en')).toBe('1 month');
    expect(formatUnit(60, 'day', 'en')).toBe('60 days');
  });
});

describe('pagination', () => {
  it('fetches every page of a list, in order', async () => {
    const all = Array.from({ length: 45 }, (_, i) => i);
    const asked: number[] = [];
    const items = await fetchAllPages(async (page, pageSize) => {
      asked.push(page);
      return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
    }, 20);
    expect(items).toEqual(all);
    expect(asked.sort()).toEqual([1, 2, 3]);
  });

  it('stops after the first page of an empty list', async () => {
    const fetchPage = jest.fn(async (page: number, pageSize: number) => ({ items: [], total: 0, page, pageSize }));
    expect(await fetchAllPages(fetchPage)).toEqual([]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it.each([
    [null, 1],
    ['', 1],
    ['0', 1],
    ['-2', 1],
    ['2.5', 1],
    ['abc', 1],
    ['7', 7],
  ])('reads page %p as %p', (value, page) => {
    expect(parsePage(value)).toBe(page);
  });

  it('counts pages, with at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});
