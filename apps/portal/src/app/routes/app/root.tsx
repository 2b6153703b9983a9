import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { AppShell } from '@/components/layout/app-shell';
import { navigationOf } from '@/components/layout/navigation';
import { useTranslationProgress } from '@/features/translations/api/get-translation-progress';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { PasswordChangeGate } from '@/features/auth/components/password-change-gate';
import { ProtectedRoute } from '@/features/auth/components/protected-route';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { matchLanguage, setLanguage } from '@/lib/i18n';
import { LanguageSelect } from '@/components/layout/language-select';
import { useChangeLanguage } from '@/features/auth/api/update-locale';
import { OfflineBanner } from '@/components/layout/offline-banner';
import { PendingCompletions } from '@/features/enrolments/components/pending-completions';
import { useDefaultTimeZone } from '@/features/auth/api/update-time-zone';

/** The signed-in part of the portal: guarded, framed, navigated by role. */
export function AppRoot() {
  return (
    <ProtectedRoute>
      <SignedIn />
    </ProtectedRoute>
  );
}

function SignedIn() {
  const { t, i18n } = useTranslation();
  const me = useSignedInUser();
  const logout = useLogout();
  const changeLanguage = useChangeLanguage();
  const locale = me?.locale;
  // Anyone may hold a translate grant beside their role: the menu offers Translations when the API lists a locale.
  const translator = useTranslationProgress({ enabled: Boolean(me) && me?.role !== 'admin' });
  useDefaultTimeZone(me);

  // The user's preferred language wins over the browser's, when the portal has it.
  useEffect(() => {
    const language = matchLanguage(locale);
    if (language && language !== i18n.resolvedLanguage) void setLanguage(language);
  }, [locale, i18n]);

  if (!me) return null;
  return (
    <PasswordChangeGate>
      <AppShell
        user={me}
        navigation={navigationOf(me.role, {
          localTrainer: me.capabilities?.includes('local_trainer'),
          translator: Boolean(translator.data?.locales.length),
        })}
        onSignOut={() => logout.mutate()}
        signingOut={logout.isPending}
        signOutError={logout.isError ? `${t('layout.signOutFailed')} ${errorText(logout.error, t)}` : undefined}
        headerActions={
          <>
            <LanguageSelect onChange={(code) => changeLanguage.mutate(code)} />
            <NotificationBell />
          </>
        }
        notices={
          <>
            <OfflineBanner />
            <PendingCompletions userId={me.id} />
          </>
        }
      />
    </PasswordChangeGate>
  );
}
