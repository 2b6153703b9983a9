import { ApiError } from './api-client';

/** A refusal of the API that names the field at fault: its messages read `field: problem`. */
export interface FieldError {
  /** The field's path as the API names it, e.g. `title`, `answers.optionIds`, `topics.0`. */
  field: string;
  problem: string;
}

const FIELD_MESSAGE = /^([A-Za-z]\w*(?:[.[][\w\]]*)*):\s+(.+)$/s;

/**
 * The fields a 400 (or 409) names. One message may name several, joined by "; "
 * ("code: must look like DF-201; languages: each must be …"); a part without a field is skipped.
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) return [];
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
