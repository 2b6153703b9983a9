import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { StandaloneLayout } from '@/components/layout/standalone-layout';
import { Spinner } from '@/components/ui/spinner';
import { paths, redirectAfterSignIn } from '@/config/paths';
import { keptMe, useMe } from '@/features/auth/api/get-me';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { releaseBootSignIn } from '@/lib/boot-sign-in';

/**
 * The code of the page a sign-in leads to (the frame, the home page and an officer's My learning), asked
 * for once the reader starts filling in the form: it arrives while they type and while the API checks the
 * password, instead of after. Not while the sign-in page loads, so the sign-in page's own bytes stay its own.
 */
function preloadSignedInPages() {
  void import('./app/root');
  void import('./app/home');
  void import('./app/learning/my-learning');
}

/**
 * Sign-in; once there is a session (already, or after signing in) it moves on to where the user was going.
 * The form shows at once unless this device kept a signed-in user (then a session is likely, and the page
 * waits for `/api/auth/me` rather than flash a form it would leave): on a slow link that answer is one more
 * round trip before the form.
 */
export function SignInRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  // The shell's sign-in form (index.html) goes once this page has rendered: the form below has taken what
  // was typed into it (its own effect runs first), or there is a session and the page moves on.
  useLayoutEffect(releaseBootSignIn, []);
  if (me.data) return <Navigate to={redirectAfterSignIn(params.get('redirectTo'))} replace />;
  return (
    <StandaloneLayout title={t('signIn.title')}>
      {me.isPending && keptMe() ? <Spinner /> : <SignInForm onStart={preloadSignedInPages} />}
      <p className="standalone__links">
        <Link to={paths.account.forgotPassword.getHref()}>{t('signIn.forgot')}</Link>
      </p>
      <p className="standalone__links">
        <Link to={paths.public.verify.getHref()}>{t('certification.verify.signInLink')}</Link>
      </p>
    </StandaloneLayout>
  );
}
