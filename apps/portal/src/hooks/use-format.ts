import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
  formatOfficer,
  formatPercent,
  formatRegion,
  formatRelativeDays,
  formatTopic,
  formatUnit,
} from '@/lib/format';

/** The formatters of `lib/format`, bound to the current language (re-rendering when it changes). */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      locale: language,
      number: (value: number) => formatNumber(value, language),
      dateTime: (value: string | Date) => formatDateTime(value, language),
      date: (value: string | Date) => formatDate(value, language),
      country: (code: string, fallback?: string) => formatCountry(code, language, fallback),
      /** A world region's name from its code; the API's name as a fallback for a region the portal does not name. */
      region: (code: string, fallback?: string) => formatRegion(code, t, fallback),
      language: (tag: string) => formatLanguage(tag, language),
      /** A topic (skill) tag's name, from the locale files; the tag as words for one they lack. */
      topic: (tag: string) => formatTopic(tag, t),
      dateRange: (start: string | Date, end: string | Date) => formatDateRange(start, end, language),
      percent: (value: number) => formatPercent(value, language),
      list: (items: readonly string[]) => formatList(items, language),
      relativeDays: (days: number) => formatRelativeDays(days, language),
      unit: (value: number, unit: 'day' | 'month' | 'hour') => formatUnit(value, unit, language),
      month: (month: string, style?: 'short' | 'long') => formatMonth(month, language, style),
      /** An officer's name, or their pseudonym in the current language when the API gave one (`formatOfficer`). */
      officer: (name: string, pseudonym: { number: number | null; code: string } | null | undefined) =>
        formatOfficer(name, pseudonym, t),
      /** A download's size ("12 kB"). */
      fileSize: (bytes: number) => formatFileSize(bytes, language),
    }),
    [language, t],
  );
}
