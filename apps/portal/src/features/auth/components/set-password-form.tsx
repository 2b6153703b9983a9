import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useSetPassword } from '@/features/auth/api/set-password';

/**
 * The new password twice, for the account a one-time link names; the API judges it by the same rule as a
 * change (at least 12 characters, hard to guess knowing the account's name and e-mail). `onDone` gets the
 * e-mail to sign in with.
 */
export function SetPasswordForm({
  token,
  email,
  onDone,
}: {
  token: string;
  email: string;
  onDone: (email: string) => void;
}) {
  const { t } = useTranslation();
  const set = useSetPassword();
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const errors = useFieldErrors(set.error);
  const mismatchId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const differ = password !== repeated;
    setMismatch(differ);
    if (!differ) set.mutate({ token, password }, { onSuccess: (answer) => onDone(answer.email) });
  };

  return (
    <form className="form" onSubmit={submit}>
      <FormError
        id={errors.errorId}
        error={set.error}
        title={t('passwordChange.notChanged')}
        labels={{ password: t('passwordChange.new'), token: t('account.setPassword.link') }}
      />
      {mismatch ? (
        <div id={mismatchId} className="alert alert--error" role="alert">
          <p>{t('passwordChange.mismatch')}</p>
        </div>
      ) : null}
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label={t('passwordChange.new')}
        hint={t('passwordChange.rule')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={256}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        {...errors.of('password')}
      />
      <TextField
        label={t('passwordChange.repeat')}
        name="repeatedPassword"
        type="password"
        autoComplete="new-password"
        required
        value={repeated}
        onChange={(e) => setRepeated(e.target.value)}
        invalid={mismatch}
        errorId={mismatchId}
      />
      <button type="submit" className="button button--block" disabled={set.isPending} aria-busy={set.isPending}>
        {set.isPending ? t('passwordChange.submitting') : t('account.setPassword.submit')}
      </button>
    </form>
  );
}
