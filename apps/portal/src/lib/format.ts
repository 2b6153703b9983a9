/** Formatting through `Intl` (and the locale files, for what `Intl` cannot name), always in the portal's current language. */

import type { TFunction } from 'i18next';
import type en from '@/locales/en.json';

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

export function formatDateTime(value: string | Date, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(value: string | Date, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** A country's name from its ISO 3166-1 alpha-2 code in the current language; the API's name as a fallback. */
export function formatCountry(code: string, language: string, fallback?: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code.toUpperCase());
    return name ?? fallback ?? code;
  } catch {
    return fallback ?? code;
  }
}

/** The locale files' key naming a world region. */
type RegionKey = `region.${keyof (typeof en)['region']}`;

/**
 * A world region's name from its code (`north-america`) in the current language, from the locale files
 * (`Intl` has no names for these groupings); the API's name, else the code, for a region they lack.
 */
export function formatRegion(code: string, t: TFunction, fallback?: string): string {
  return t(`region.${code}` as RegionKey, { defaultValue: fallback ?? code });
}

/** The locale files' key naming a topic tag. */
type TopicKey = `topic.${keyof (typeof en)['topic']}`;

/**
 * A course topic (or trainer skill) tag's name in the current language (`osint` → "OSINT (open-source
 * intelligence)"), from the locale files; a tag they lack reads as words (`new-topic` → "New topic").
 */
export function formatTopic(tag: string, t: TFunction): string {
  const words = tag.replace(/-/g, ' ').trim();
  const fallback = words ? words[0].toUpperCase() + words.slice(1) : tag;
  return t(`topic.${tag}` as TopicKey, { defaultValue: fallback });
}

/**
 * An officer as the API named them for this reader (officer privacy): the name, or — when the API gave a pseudonym
 * (member-firm staff, a protected officer outside their unit) — the pseudonym in the current language
 * ("Participant 7 · KZ-3F9", "学员 7 · KZ-3F9"; "Officer KZ-3F9" outside a cohort).
 */
export function formatOfficer(
  name: string,
  pseudonym: { number: number | null; code: string } | null | undefined,
  t: TFunction,
): string {
  if (!pseudonym) return name;
  return pseudonym.number === null
    ? t('privacy.pseudonymOfficer', { code: pseudonym.code })
    : t('privacy.pseudonym', { number: pseudonym.number, code: pseudonym.code });
}

/** A language's name from its BCP 47 tag in the current language (`pt-BR` → "Brazilian Portuguese"); the tag as a fallback. */
export function formatLanguage(tag: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language', fallback: 'none' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A period of days ("Mar 5 – 9, 2024"), shortened by `Intl` where the two dates share a month or year. */
export function formatDateRange(start: string | Date, end: string | Date, language: string): string {
  const from = typeof start === 'string' ? new Date(start) : start;
  const to = typeof end === 'string' ? new Date(end) : end;
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return '';
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return to.getTime() < from.getTime() ? format.format(from) : format.formatRange(from, to);
}

/** A list of words joined for the language ("English, Ukrainian and Spanish"). */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/** Whole days from now, in words ("today", "tomorrow", "in 30 days", "3 days ago"), plural-aware for the language. */
export function formatRelativeDays(days: number, language: string): string {
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(days, 'day');
}

/** A count of days, months or hours in words ("1 month", "24 months", "60 days"), plural-aware for the language. */
export function formatUnit(value: number, unit: 'day' | 'month' | 'hour', language: string): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * A file's size for a download link ("12 kB", "1.4 MB", "12 ko" in French): decimal units as `Intl`
 * names them, one decimal below 10, none above.
 */
export function formatFileSize(bytes: number, language: string): string {
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, 'megabyte']
      : bytes >= 1_000
        ? [bytes / 1_000, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit !== 'byte' && value < 10 ? 1 : 0,
  }).format(value);
}

/** A percentage given from 0 to 100 ("40 %" in French, "40%" in English). */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}

/** A calendar month given as `YYYY-MM` ("Mar 2026", "март 2026 г."); the text itself when it is not one. */
export function formatMonth(month: string, language: string, style: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(language, { month: style, year: 'numeric', timeZone: 'UTC' }).format(date);
}
