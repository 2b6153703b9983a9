import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StandaloneLayout } from '@/components/layout/standalone-layout';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { PasswordChangeForm } from './password-change-form';

/**
 * Inside `ProtectedRoute`: a user whose password was found weak at sign-in is asked for a new one before
 * the portal opens. "Later" opens it for the rest of this sign-in; the next sign-in asks again, until the
 * password is changed (the API clears the flag then).
 */
export function PasswordChangeGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const [later, setLater] = useState(false);
  if (!me?.passwordChangeRequired || later) return children;
  return (
    <StandaloneLayout title={t('passwordChange.title')}>
      <div className="alert alert--info" role="status">
        <p>{t('passwordChange.weak')}</p>
      </div>
      <PasswordChangeForm />
      <p className="standalone__links">
        <button type="button" className="button button--secondary" onClick={() => setLater(true)}>
          {t('passwordChange.later')}
        </button>{' '}
        {t('passwordChange.laterHint')}
      </p>
    </StandaloneLayout>
  );
}
