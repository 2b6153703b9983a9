import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { StandaloneLayout } from '@/components/layout/standalone-layout';
import { Spinner } from '@/components/ui/spinner';
import { paths, redirectAfterSignIn } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { SignInForm } from '@/features/auth/components/sign-in-form';

/** Sign-in; once there is a session (already, or after signing in) it moves on to where the user was going. */
export function SignInRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  if (me.data) return <Navigate to={redirectAfterSignIn(params.get('redirectTo'))} replace />;
  return (
    <StandaloneLayout title={t('signIn.title')}>
      {me.isPending ? <Spinner /> : <SignInForm />}
      <p className="standalone__links">
        <Link to={paths.public.verify.getHref()}>{t('certification.verify.signInLink')}</Link>
      </p>
    </StandaloneLayout>
  );
}
