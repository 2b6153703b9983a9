import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failure shown in place of what could not load, with a retry. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorText(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      ) : null}
    </div>
  );
}
