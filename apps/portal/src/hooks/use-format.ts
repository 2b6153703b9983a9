import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountry, formatDate, formatDateTime, formatNumber } from '../lib/format';

/** The formatters of `lib/format`, bound to the current language (re-rendering when it changes). */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      language,
      number: (value: number) => formatNumber(value, language),
      dateTime: (value: string | Date) => formatDateTime(value, language),
      date: (value: string | Date) => formatDate(value, language),
      country: (code: string, fallback?: string) => formatCountry(code, language, fallback),
    }),
    [language],
  );
}
