import { useTranslation } from 'react-i18next';
import { errorText, type FieldLabels } from '@/components/errors/error-text';

/**
 * Why the API refused a form, shown above its fields, in the reader's language (by the API's error codes).
 * The API names the field at fault; with `labels` the message names it as the form does, and the field
 * points back here with `aria-describedby`.
 */
export function FormError({
  id,
  error,
  title,
  labels,
}: {
  id: string;
  error: unknown;
  title?: string;
  /** The form's labels by the API's field names, e.g. `{ capacity: t('cohortForm.capacity') }`. */
  labels?: FieldLabels;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div id={id} className="alert alert--error" role="alert">
      <p>
        {title ? <strong>{title} </strong> : null}
        {errorText(error, t, labels)}
      </p>
    </div>
  );
}
