import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useChangePassword } from '@/features/auth/api/change-password';

/** Current password, then the new one twice; the API judges the new one by the same rule as at creation. */
export function PasswordChangeForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const errors = useFieldErrors(change.error);
  const mismatchId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const differ = newPassword !== repeated;
    setMismatch(differ);
    if (!differ) change.mutate({ currentPassword, newPassword });
  };

  return (
    <form className="form" onSubmit={submit}>
      <FormError
        id={errors.errorId}
        error={change.error}
        title={t('passwordChange.notChanged')}
        labels={{ currentPassword: t('passwordChange.current'), newPassword: t('passwordChange.new') }}
      />
      {mismatch ? (
        <div id={mismatchId} className="alert alert--error" role="alert">
          <p>{t('passwordChange.mismatch')}</p>
        </div>
      ) : null}
      <TextField
        label={t('passwordChange.current')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
        {...errors.of('currentPassword')}
      />
      <TextField
        label={t('passwordChange.new')}
        hint={t('passwordChange.rule')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={256}
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
        {...errors.of('newPassword')}
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
      <button type="submit" className="button button--block" disabled={change.isPending} aria-busy={change.isPending}>
        {change.isPending ? t('passwordChange.submitting') : t('passwordChange.submit')}
      </button>
    </form>
  );
}
