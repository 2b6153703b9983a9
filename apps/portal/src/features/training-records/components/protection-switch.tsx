import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextAreaField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useSetProtection } from '@/features/training-records/api/set-protection';

/**
 * The "Protected officer" switch of a training record (the officer's coordinator and admins): turning it asks
 * for a confirmation and the reason the audit log keeps, in a modal `<dialog>` that stays open on a refusal.
 */
export function ProtectionSwitch({ officer }: { officer: { id: string; name: string; protected: boolean } }) {
  const { t } = useTranslation();
  const change = useSetProtection();
  const errors = useFieldErrors(change.error);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<boolean | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const wanted = !officer.protected;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    change.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { id: officer.id, protected: wanted, reason: reason.trim() },
      {
        onSuccess: (user) => {
          setOpen(false);
          setReason('');
          setSaved(user.protected);
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby={`${titleId}-section`}>
      <h2 id={`${titleId}-section`}>{t('trainingRecord.protection.title')}</h2>
      <CheckboxField
        role="switch"
        label={t('trainingRecord.protection.switch')}
        hint={t('trainingRecord.protection.hint')}
        checked={officer.protected}
        onChange={() => {
          setSaved(null);
          setOpen(true);
        }}
      />
      <p role="status">
        {saved === null
          ? ''
          : t(saved ? 'trainingRecord.protection.savedOn' : 'trainingRecord.protection.savedOff', {
              name: officer.name,
            })}
      </p>
      <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={() => open && close()}>
        <h2 id={titleId}>
          {t(wanted ? 'trainingRecord.protection.confirmOn' : 'trainingRecord.protection.confirmOff', {
            name: officer.name,
          })}
        </h2>
        <p className="dialog__message">{t('trainingRecord.protection.hint')}</p>
        <form className="form" onSubmit={submit}>
          <FormError id={errors.errorId} error={change.error} title={t('trainingRecord.protection.title')} />
          <TextAreaField
            label={t('trainingRecord.protection.reason')}
            hint={t('trainingRecord.protection.reasonHint')}
            name="reason"
            required
            maxLength={500}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            {...errors.of('reason')}
          />
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={close}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className={wanted ? 'button' : 'button button--danger'}
              disabled={change.isPending}
              aria-busy={change.isPending || undefined}
            >
              {t('trainingRecord.protection.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}
