import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { inputProblems } from './input-bounds';

/** A 400 names at most this many problems… */
export const MAX_ERROR_LINES = 20;
/** …in at most about this many characters, whatever the request held. */
export const MAX_ERROR_CHARS = 4000;
const MORE = '…and more problems';

/** The problem lines of a 400, cut to MAX_ERROR_LINES lines and MAX_ERROR_CHARS characters. */
export function capErrorLines(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let chars = 0;
  for (const line of lines) {
    if (kept.length >= MAX_ERROR_LINES || chars + line.length > MAX_ERROR_CHARS) {
      if (kept.length === 0) kept.push(`${line.slice(0, MAX_ERROR_CHARS)}…`);
      kept.push(MORE);
      break;
    }
    kept.push(line);
    chars += line.length + 2;
  }
  return kept;
}

/**
 * Constraints on a value's type. When one of them fails, the field's other rules (ranges, lengths,
 * patterns) are beside the point and can contradict each other ("25" is not an integer, yet is
 * neither below 1 nor above 1000), so the type error is reported alone.
 */
const TYPE_CONSTRAINTS = new Set([
  'isInt',
  'isNumber',
  'isString',
  'isBoolean',
  'isArray',
  'isObject',
  'isUUID',
  'isDate',
  'isDateString',
  'isISO8601',
  'isEnum',
  'nestedValidation',
]);

/** A field's failed constraints, keeping only the type errors when there are any. */
function reportedConstraints(constraints: Record<string, string> = {}): Array<[string, string]> {
  const all = Object.entries(constraints);
  const typeErrors = all.filter(([constraint]) => TYPE_CONSTRAINTS.has(constraint));
  return typeErrors.length ? typeErrors : all;
}

/**
 * Flattens nested class-validator errors into `path.to.field: problem` lines, depth first, without
 * recursion and stopping after `limit` lines (a huge body yields a huge error tree).
 */
export function describeValidationErrors(
  errors: ValidationError[],
  parent = '',
  limit = MAX_ERROR_LINES + 1,
): string[] {
  const lines: string[] = [];
  const stack: Array<{ error: ValidationError; parent: string }> = [];
  for (let i = errors.length - 1; i >= 0; i--) stack.push({ error: errors[i], parent });
  while (stack.length && lines.length < limit) {
    const { error, parent: at } = stack.pop()!;
    const path = at ? `${at}.${error.property}` : error.property;
    for (const [constraint, text] of reportedConstraints(error.constraints)) {
      if (constraint === 'whitelistValidation') {
        lines.push(`${path}: is not allowed`);
        continue;
      }
      // class-validator starts messages with the property name; say it once, as a prefix.
      const problem = text.startsWith(`${error.property} `) ? text.slice(error.property.length + 1) : text;
      lines.push(`${path}: ${problem}`);
    }
    const children = error.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ error: children[i], parent: path });
  }
  return lines.slice(0, limit);
}

/** The 400 of a validation failure: the problems, capped, in one message. */
export function validationFailure(lines: readonly string[]): BadRequestException {
  return new BadRequestException(capErrorLines(lines).join('; ') || 'body: invalid');
}

/**
 * Global validation: unknown fields are refused (not silently dropped), types are checked, and the
 * 400 names each field at fault.
 */
export function createValidationPipe(): ValidationPipe {
  return new BodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailure(describeValidationErrors(errors)),
  });
}

const NOT_A_DTO: unknown[] = [String, Number, Boolean, Array, Object];

/**
 * A request without a body is validated as `{}`, so the error names the missing fields. Before
 * class-transformer and class-validator run, `inputProblems` bounds arrays, refuses undeclared fields
 * and NUL characters, so their cost never depends on the size of a hostile value.
 */
class BodyValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata) {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const dto = typeof metadata.metatype === 'function' && !NOT_A_DTO.includes(metadata.metatype);
      const problems = inputProblems(
        value,
        dto ? metadata.metatype : undefined,
        metadata.data ?? (dto ? '' : metadata.type),
      );
      if (problems.length) throw validationFailure(problems);
    }
    return super.transform(metadata.type === 'body' && (value === undefined || value === null) ? {} : value, metadata);
  }
}
