import { useId, useMemo } from 'react';
import { fieldErrorOf, isFieldAt } from '../lib/field-error';

/**
 * Ties a refused form's message (`FormError` with `errorId`) to the field the API named:
 * `of('title')` gives that field `invalid` and the message's id, for the field components.
 */
export function useFieldErrors(error: unknown) {
  const errorId = useId();
  return useMemo(() => {
    const fieldError = fieldErrorOf(error);
    return {
      errorId,
      field: fieldError?.field,
      of: (...names: string[]) => ({ invalid: names.some((name) => isFieldAt(fieldError?.field, name)), errorId }),
    };
  }, [error, errorId]);
}
