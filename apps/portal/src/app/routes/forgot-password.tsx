import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StandaloneLayout } from '@/components/layout/standalone-layout';
import { TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { paths } from '@/config/paths';
import { useForgotPassword } from '@/features/auth/api/forgot-password';

/**
 * "Forgot password?": the reader gives their e-mail address and is told the same whether or not an account
 * has it (the API answers alike); the link goes by e-mail, or their coordinator or an admin issues one.
 */
export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  const request = useForgotPassword();
  const [email, setEmail] = useState('');
  const errorId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate(email.trim());
  };
  return (
    <StandaloneLayout title={t('account.forgot.title')}>
      {request.isSuccess ? (
        <div className="alert alert--success" role="status">
          <p>{t('account.forgot.sent', { email: request.variables })}</p>
          <p>{t('account.forgot.noMail')}</p>
        </div>
      ) : (
        <form className="form" onSubmit={submit} aria-describedby={request.isError ? errorId : undefined}>
          <p>{t('account.forgot.intro')}</p>
          <FormError id={errorId} error={request.error} labels={{ email: t('signIn.email') }} />
          <TextField
            label={t('signIn.email')}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            maxLength={254}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            invalid={request.isError}
            errorId={errorId}
          />
          <button
            type="submit"
            className="button button--block"
            disabled={request.isPending}
            aria-busy={request.isPending}
          >
            {request.isPending ? t('account.forgot.submitting') : t('account.forgot.submit')}
          </button>
        </form>
      )}
      <p className="standalone__links">
        <Link to={paths.auth.signIn.getHref()}>{t('account.backToSignIn')}</Link>
      </p>
    </StandaloneLayout>
  );
}
