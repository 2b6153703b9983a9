import { useTranslation } from 'react-i18next';

interface SpinnerProps {
  /** What is loading; "Loading…" when left out. */
  label?: string;
  /** Fill the page (route and session loading) rather than sit in the flow. */
  fullPage?: boolean;
}

/** A progress indicator that screen readers announce (`role="status"`). */
export function Spinner({ label, fullPage = false }: SpinnerProps) {
  const { t } = useTranslation();
  return (
    <div className={fullPage ? 'spinner spinner--page' : 'spinner'} role="status" aria-live="polite" aria-busy="true">
      <span className="spinner__wheel" aria-hidden="true" />
      <span className="spinner__label">{label ?? t('common.loading')}</span>
    </div>
  );
}
