import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Style the confirming button as destructive (withdraw, delete, cancel a cohort). */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question on a native `<dialog>`: the browser traps focus, Escape cancels, and focus returns
 * to what opened it. "Cancel" takes the focus first, so a stray Enter never confirms.
 */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onClose={() => open && onCancel()}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={messageId} className="dialog__message">
        {message}
      </div>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className={danger ? 'button button--danger' : 'button'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

interface ConfirmButtonProps extends Omit<ConfirmDialogProps, 'open' | 'onCancel'> {
  /** The button's text. */
  label: ReactNode;
  /** A name for the button when its text alone is ambiguous in a list ("Withdraw from Digital forensics"). */
  accessibleLabel?: string;
  className?: string;
  busy?: boolean;
  disabled?: boolean;
}

/** A button that asks before it acts. */
export function ConfirmButton({
  label,
  accessibleLabel,
  className = 'button button--secondary',
  busy = false,
  disabled = false,
  onConfirm,
  ...dialog
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => setOpen(true)}
        disabled={disabled || busy}
        aria-busy={busy || undefined}
        aria-label={accessibleLabel}
      >
        {label}
      </button>
      <ConfirmDialog
        {...dialog}
        open={open}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
      />
    </>
  );
}
