import type { ErrorCode, ErrorDetail, ErrorParams } from '@icspa/domain';

/** A code whose text needs no parameter takes none; any other takes exactly its own. */
type ParamsArg<C extends ErrorCode> = keyof ErrorParams<C> extends never ? [] : [params: ErrorParams<C>];

/**
 * The body of an HTTP exception with its stable code (a key of `ERROR_CODES` in `@icspa/domain`), the
 * field at fault (or null) and the English text; `message` reads `field: text` as it always did:
 *
 *   throw new ConflictException(coded('cohort.cannot_change', 'status', `a ${s} cohort cannot be changed`, { status: s }));
 *
 * Add a new code to `ERROR_CODES` and an `errors.<code>` text to each of the portal's six locale files.
 */
export function coded<C extends ErrorCode>(
  code: C,
  field: string | null,
  text: string,
  ...[params]: ParamsArg<C>
): ErrorDetail {
  return {
    code,
    ...(field ? { field } : {}),
    ...(params ? { params: params as Record<string, string | number> } : {}),
    message: field ? `${field}: ${text}` : text,
  };
}
