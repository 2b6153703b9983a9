import { useTranslation } from 'react-i18next';

/** The alliance's shield and the platform's name. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <span className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <path d="M16 2 4 6v9c0 7.5 5.1 13.3 12 15 6.9-1.7 12-7.5 12-15V6L16 2z" fill="currentColor" />
        <path
          d="m11 16 3.5 3.5L21.5 12"
          fill="none"
          stroke="var(--brand-mark-tick)"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </span>
  );
}
