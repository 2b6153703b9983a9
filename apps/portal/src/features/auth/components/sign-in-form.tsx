import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { useLogin } from '@/features/auth/api/login';
import { takeBootSignIn } from '@/lib/boot-sign-in';

/**
 * E-mail and password; on success the session query holds the user and the page moves on. `onStart` runs
 * at the first keystroke and at submission (the page uses it to fetch the code of what comes next).
 * It takes over the loading shell's form (`@/lib/boot-sign-in`): what was typed there, the field the
 * reader is in, and a submission made before this form arrived, which it sends at once.
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
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // Before the first paint, so the shell's form is replaced by this one with nothing lost in between.
  useLayoutEffect(() => {
    const shell = takeBootSignIn();
    // The e-mail field has the focus, unless the reader was typing the password into the shell's form.
    (shell?.focus === 'password' ? passwordRef : emailRef).current?.focus();
    if (!shell) return;
    setEmail(shell.email);
    setPassword(shell.password);
    if (shell.email || shell.password) {
      started.current = true;
      onStart?.();
    }
    if (shell.submitted) login.mutate({ email: shell.email.trim(), password: shell.password });
    // Once, when the form first renders: the shell is gone after it.
  }, []);

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
          ref={emailRef}
          id={emailId}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          aria-invalid={failed || undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={passwordId}>{t('signIn.password')}</label>
        <input
          ref={passwordRef}
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
