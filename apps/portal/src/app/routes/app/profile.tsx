import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { languageEndonym } from '@/components/ui/translation-note';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { ReadingLanguagesForm } from '@/features/auth/components/reading-languages-form';
import { NotificationPreferences } from '@/features/notifications/components/notification-preferences';
import { useContentLocales } from '@/features/translations/api/get-content-locales';

/** The signed-in user's own settings: the portal language, the further languages they read, and how they hear of things. */
export function ProfileRoute() {
  const { t, i18n } = useTranslation();
  const me = useSignedInUser();
  const locales = useContentLocales();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (!me) return null;
  return (
    <Page title={t('profile.title')} description={t('profile.description')}>
      <dl className="meta section">
        <div>
          <dt>{t('profile.name')}</dt>
          <dd>{me.displayName}</dd>
        </div>
        <div>
          <dt>{t('profile.email')}</dt>
          <dd>{me.email}</dd>
        </div>
        <div>
          <dt>{t('profile.portalLanguage')}</dt>
          <dd lang={language}>{languageEndonym(language)}</dd>
        </div>
      </dl>
      <QueryState query={locales} loadingLabel={t('profile.loadingLanguages')}>
        {(data) => <ReadingLanguagesForm key={language} language={language} saved={me.readsLocales} locales={data} />}
      </QueryState>
      <NotificationPreferences />
    </Page>
  );
}
