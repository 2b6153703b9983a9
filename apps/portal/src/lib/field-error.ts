import { ApiError } from './api-client';

/** A refusal of the API that names the field at fault: its messages read `field: problem`. */
export interface FieldError {
  /** The field's path as the API names it, e.g. `title`, `answers.optionIds`, `topics.0`. */
  field: string;
  problem: string;
}

const FIELD_MESSAGE = /^([A-Za-z][\w]*(?:[.[][\w\]]*)*):\s+(.+)$/s;

/** The field a 400 (or 409) names, when its message has the `field: problem` form. */
export function fieldErrorOf(error: unknown): FieldError | undefined {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) return undefined;
  const match = FIELD_MESSAGE.exec(error.message.trim());
  return match ? { field: match[1], problem: match[2] } : undefined;
}

/** Whether an API field path points at a form field: itself or something inside it (`topics.0` is in `topics`). */
export function isFieldAt(path: string | undefined, name: string): boolean {
  if (!path) return false;
  return path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`);
}
