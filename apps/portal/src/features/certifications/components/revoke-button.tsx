import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVOCATION_CATEGORIES, type RevocationCategory } from '@icspa/domain';
import { ChoiceField, TextAreaField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import type { Certification } from '@/features/certifications/api/get-certifications';
import { useRevokeCertification } from '@/features/certifications/api/revoke-certification';

/**
 * Revokes a certification after asking why, in a modal `<dialog>` (focus trapped, Escape cancels, focus
 * back on the button). Unlike `ConfirmDialog` it stays open on a refusal, to show the API's message
 * beside the reason.
 */
export function RevokeButton({
  certification,
  onRevoked,
}: {
  certification: Certification;
  onRevoked: (revoked: Certification) => void;
}) {
  const { t } = useTranslation();
  const revoke = useRevokeCertification();
  const errors = useFieldErrors(revoke.error);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [category, setCategory] = useState<RevocationCategory>('other');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();
  const names = { programme: certification.programmeName, holder: certification.holderName };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    revoke.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    revoke.mutate(
      { id: certification.id, reason: reason.trim(), category },
      {
        onSuccess: (revoked) => {
          setOpen(false);
          setReason('');
          onRevoked(revoked);
        },
      },
    );
  };

  return (
    <>
      <button
        type="button"
        className="button button--danger-secondary button--small"
        onClick={() => setOpen(true)}
        aria-label={t('certification.revoke.buttonNamed', names)}
      >
        {t('certification.revoke.button')}
      </button>
      <dialog
        ref={ref}
        className="dialog"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onClose={() => open && close()}
      >
        <h2 id={titleId}>{t('certification.revoke.title')}</h2>
        <p id={messageId} className="dialog__message">
          {t('certification.revoke.message', names)}
        </p>
        <form className="form" onSubmit={submit}>
          <FormError id={errors.errorId} error={revoke.error} title={t('certification.revoke.failed')} />
          <ChoiceField
            label={t('certification.revoke.category')}
            hint={t('certification.revoke.categoryHint')}
            name="category"
            value={category}
            onChange={(e) => setCategory(e.target.value as RevocationCategory)}
            options={REVOCATION_CATEGORIES.map((c) => ({
              value: c,
              label: t(`certification.revocationCategory.${c}`),
            }))}
            {...errors.of('category')}
          />
          <TextAreaField
            label={t('certification.revoke.reason')}
            hint={t('certification.revoke.reasonHint')}
            name="reason"
            required
            minLength={5}
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
              className="button button--danger"
              disabled={revoke.isPending}
              aria-busy={revoke.isPending || undefined}
            >
              {revoke.isPending ? t('certification.revoke.pending') : t('certification.revoke.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
