import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { useLogin } from '@/features/auth/api/login';

/**
 * E-mail and password; on success the session query holds the user and the page moves on. `onStart` runs
 * at the first keystroke and at submission (the page uses it to fetch the code of what comes next).
 */
export function SignInForm({ onStart }: { onStart?: () => void } = {}) {
  const { t } = useTranslation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const started = useRef(false);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onStart?.();
    login.mutate({ email: email.trim(), password });
  };

  const failed = login.isError;
  return (
    <form
      className="form"
      onSubmit={submit}
      onInput={() => {
        if (started.current) return;
        started.current = true;
        onStart?.();
      }}
      aria-describedby={failed ? errorId : undefined}
    >
      {failed ? (
        <div id={errorId} className="alert alert--error" role="alert">
          <p>
            <strong>{t('signIn.failed')}</strong> {errorText(login.error, t)}
          </p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={emailId}>{t('signIn.email')}</label>
        <input
          id={emailId}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          autoFocus
          value={email}
          aria-invalid={failed || undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={passwordId}>{t('signIn.password')}</label>
        <input
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={failed || undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--block" disabled={login.isPending} aria-busy={login.isPending}>
        {login.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
