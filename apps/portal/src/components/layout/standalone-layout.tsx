import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '@/lib/i18n';
import { Brand } from './brand';
import { LanguageSelect } from './language-select';

/** The frame of pages outside the app (sign-in): a header and one centred card. */
export function StandaloneLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="standalone-page">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <Brand />
        <LanguageSelect onChange={(code) => void setLanguage(code)} />
      </header>
      <main id="main" tabIndex={-1} className="standalone">
        <title>{t('app.documentTitle', { page: title })}</title>
        <div className="card standalone__card">
          <p className="standalone__tagline">{t('app.tagline')}</p>
          <h1>{title}</h1>
          {children}
        </div>
      </main>
    </div>
  );
}
