import { useId, useMemo } from 'react';
import { fieldErrorsOf, isFieldAt } from '@/lib/field-error';

/**
 * Ties a refused form's message (`FormError` with `errorId`) to the fields the API named:
 * `of('title')` gives that field `invalid` and the message's id, for the field components.
 */
export function useFieldErrors(error: unknown) {
  const errorId = useId();
  return useMemo(() => {
    const named = fieldErrorsOf(error).map((e) => e.field);
    return {
      errorId,
      fields: named,
      of: (...names: string[]) => ({
        invalid: names.some((name) => named.some((field) => isFieldAt(field, name))),
        errorId,
      }),
    };
  }, [error, errorId]);
}
