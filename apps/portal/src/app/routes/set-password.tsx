import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { StandaloneLayout } from '@/components/layout/standalone-layout';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useAccountLink } from '@/features/auth/api/account-link';
import { SetPasswordForm } from '@/features/auth/components/set-password-form';

/** The token of a one-time link: `#token=…` (a fragment, so it reached no server), else nothing. */
export function tokenFromHash(hash: string): string {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
  return /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : '';
}

/**
 * Where an invitation or a password-reset link leads: it names the account and asks for the password twice.
 * The token is taken from the address and then dropped from it (and so from the browser's history).
 */
export function SetPasswordRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(location.hash));
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const link = useAccountLink(token);
  useEffect(() => {
    if (location.hash) void navigate(paths.account.setPassword.getHref(), { replace: true });
  }, []);

  const invitation = link.data?.purpose === 'invitation';
  const title = invitation ? t('account.setPassword.welcomeTitle') : t('account.setPassword.title');
  let body;
  if (doneFor !== null) {
    body = (
      <div className="alert alert--success" role="status">
        <p>{t('account.setPassword.done', { email: doneFor })}</p>
        <p>
          <Link className="button" to={paths.auth.signIn.getHref()}>
            {t('signIn.submit')}
          </Link>
        </p>
      </div>
    );
  } else if (token === '' || link.isError) {
    body = (
      <div className="alert alert--error" role="alert">
        <p>{t('errors.account_link.invalid')}</p>
        <p>
          <Link to={paths.account.forgotPassword.getHref()}>{t('account.forgot.title')}</Link>
        </p>
      </div>
    );
  } else if (!link.data) {
    body = <Spinner />;
  } else {
    body = (
      <>
        <p>
          {t(invitation ? 'account.setPassword.introInvitation' : 'account.setPassword.introReset', {
            name: link.data.displayName,
            email: link.data.email,
          })}
        </p>
        <SetPasswordForm token={token} email={link.data.email} onDone={setDoneFor} />
      </>
    );
  }
  return (
    <StandaloneLayout title={title}>
      {body}
      {doneFor === null ? (
        <p className="standalone__links">
          <Link to={paths.auth.signIn.getHref()}>{t('account.backToSignIn')}</Link>
        </p>
      ) : null}
    </StandaloneLayout>
  );
}
