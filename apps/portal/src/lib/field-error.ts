import { ApiError } from './api-client';

/** A refusal of the API that names the field at fault: its messages read `field: problem`. */
export interface FieldError {
  /** The field's path as the API names it, e.g. `title`, `answers.optionIds`, `topics.0`. */
  field: string;
  problem: string;
}

const FIELD_MESSAGE = /^([A-Za-z]\w*(?:[.[][\w\]]*)*):\s+(.+)$/s;

/**
 * The fields a 400 (or 409) names: each coded problem's `field` (the API's `errors`, or its one `field`);
 * for an answer without codes, read from the message, where several are joined by "; "
 * ("code: must look like DF-201; languages: each must be …"). A problem without a field is skipped.
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) return [];
  if (error.problems.length)
    return error.problems
      .filter((p): p is typeof p & { field: string } => typeof p.field === 'string' && p.field !== '')
      .map((p) => ({
        field: p.field,
        problem: p.message.startsWith(`${p.field}: `) ? p.message.slice(p.field.length + 2) : p.message,
      }));
  return error.message
    .split(/;\s+(?=[A-Za-z]\w*(?:[.[][\w\]]*)*:\s)/)
    .map((part) => FIELD_MESSAGE.exec(part.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ field: match[1], problem: match[2] }));
}

/** The first field a refusal names, if any. */
export function fieldErrorOf(error: unknown): FieldError | undefined {
  return fieldErrorsOf(error)[0];
}

/** Whether an API field path points at a form field: itself or something inside it (`topics.0` is in `topics`). */
export function isFieldAt(path: string | undefined, name: string): boolean {
  if (!path) return false;
  return path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`);
}
