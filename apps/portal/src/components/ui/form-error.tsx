import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';

/**
 * Why the API refused a form, shown above its fields. The API names the field at fault
 * ("title: must not be empty"); the field points back here with `aria-describedby`.
 */
export function FormError({ id, error, title }: { id: string; error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div id={id} className="alert alert--error" role="alert">
      <p>
        {title ? <strong>{title} </strong> : null}
        {errorText(error, t)}
      </p>
    </div>
  );
}
