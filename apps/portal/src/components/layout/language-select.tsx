import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { matchLanguage, SUPPORTED_LANGUAGES, type LanguageCode } from '@/lib/i18n';

/** The language switcher: each language named in itself; what happens on change is the caller's. */
export function LanguageSelect({
  onChange,
  tone = 'dark',
}: {
  onChange: (code: LanguageCode) => void;
  tone?: 'dark' | 'light';
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = matchLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en';
  return (
    <span className={`language-select language-select--${tone}`}>
      <label htmlFor={id} className="language-select__label">
        {t('layout.language')}
      </label>
      <select id={id} value={current} onChange={(event) => onChange(event.target.value as LanguageCode)}>
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </span>
  );
}
