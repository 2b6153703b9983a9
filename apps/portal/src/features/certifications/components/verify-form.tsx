import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { verificationCodeFrom } from '@/features/certifications/lib/verification-code';

/** A box for the code printed on a certificate (or its whole link), and a button to look it up. */
export function VerifyForm({ code, onVerify }: { code: string; onVerify: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const [value, setValue] = useState(code);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = verificationCodeFrom(value);
    if (next) onVerify(next);
  };

  return (
    <form className="form verify-form" onSubmit={submit} role="search" aria-label={t('certification.verify.formLabel')}>
      <div className="field">
        <label htmlFor={id}>{t('certification.verify.code')}</label>
        <p id={hintId} className="field__hint">
          {t('certification.verify.codeHint')}
        </p>
        <div className="search-box">
          <input
            id={id}
            name="code"
            required
            maxLength={300}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={hintId}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          <button type="submit" className="button">
            {t('certification.verify.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
