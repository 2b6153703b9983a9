import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { isErrorCode, type ErrorDetail } from '@icspa/domain';
import { coded } from '../errors/coded';
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
  'isUuid',
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

/** The parameter names of a constraint's values (`@Max(1000)` → `{ max: 1000 }`), for the portal's text. */
const CONSTRAINT_PARAMS: Record<string, (constraints: unknown[]) => Record<string, string | number>> = {
  min: ([min]) => ({ min: Number(min) }),
  max: ([max]) => ({ max: Number(max) }),
  minLength: ([min]) => ({ min: Number(min) }),
  maxLength: ([max]) => ({ max: Number(max) }),
  arrayMinSize: ([min]) => ({ min: Number(min) }),
  arrayMaxSize: ([max]) => ({ max: Number(max) }),
  isIn: ([values]) => ({ values: Array.isArray(values) ? values.join(', ') : '' }),
};

const metadataCache = new WeakMap<object, ValidationMetadata[]>();

/** The rule behind a failed constraint: the DTO's metadata for that property and constraint name. */
function ruleOf(target: object | undefined, property: string, constraint: string): ValidationMetadata | undefined {
  const dto = target?.constructor;
  if (typeof dto !== 'function' || dto === Object) return undefined;
  let all = metadataCache.get(dto);
  if (!all) {
    all = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
    metadataCache.set(dto, all);
  }
  return all.find(
    (m) => m.propertyName === property && m.type === ValidationTypes.CUSTOM_VALIDATION && m.name === constraint,
  );
}

/**
 * The code of a failed class-validator constraint: `validation.<constraint>` (`validation.max`), or the
 * code a rule names in its context (`@Matches(TOPIC, { context: { code: 'validation.format.topic_tag' } })`);
 * a rule applied to each item of an array says so (`validation.each.maxLength`). Unknown → `validation.invalid`.
 */
export function validationCode(constraint: string, rule?: Pick<ValidationMetadata, 'each' | 'context'>): string {
  if (constraint === 'whitelistValidation') return 'validation.not_allowed';
  const named = (rule?.context as { code?: unknown } | undefined)?.code;
  const base = typeof named === 'string' ? named : `validation.${constraint}`;
  const code = rule?.each ? base.replace(/^validation\./, 'validation.each.') : base;
  return isErrorCode(code) ? code : 'validation.invalid';
}

/**
 * Flattens nested class-validator errors into problems (`path.to.field: problem` with its code, field and
 * the constraint's values), depth first, without recursion and stopping after `limit` problems (a huge body
 * yields a huge error tree).
 */
export function describeValidationErrors(
  errors: ValidationError[],
  parent = '',
  limit = MAX_ERROR_LINES + 1,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const stack: Array<{ error: ValidationError; parent: string }> = [];
  for (let i = errors.length - 1; i >= 0; i--) stack.push({ error: errors[i], parent });
  while (stack.length && problems.length < limit) {
    const { error, parent: at } = stack.pop()!;
    const path = at ? `${at}.${error.property}` : error.property;
    for (const [constraint, text] of reportedConstraints(error.constraints)) {
      if (constraint === 'whitelistValidation') {
        problems.push(coded('validation.not_allowed', path, 'is not allowed'));
        continue;
      }
      // class-validator starts messages with the property name; say it once, as a prefix.
      const problem = text.startsWith(`${error.property} `) ? text.slice(error.property.length + 1) : text;
      const rule = ruleOf(error.target, error.property, constraint);
      const params = rule ? CONSTRAINT_PARAMS[constraint]?.(rule.constraints ?? []) : undefined;
      problems.push({
        code: validationCode(constraint, rule),
        field: path,
        ...(params ? { params } : {}),
        message: `${path}: ${problem}`,
      });
    }
    const children = error.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ error: children[i], parent: path });
  }
  return problems.slice(0, limit);
}

/**
 * The 400 of a validation failure: `code` and `field` name the first problem, `message` lists them all
 * (capped), and `errors` lists each with its own code, field and parameters when there are several.
 */
export function validationFailure(problems: readonly ErrorDetail[]): BadRequestException {
  if (problems.length === 0) return new BadRequestException(coded('validation.invalid', 'body', 'invalid'));
  const lines = capErrorLines(problems.map((p) => p.message));
  const kept = lines[lines.length - 1] === MORE ? lines.length - 1 : lines.length;
  const errors = problems.slice(0, kept).map((p, i) => ({ ...p, message: lines[i] }));
  return new BadRequestException({
    ...errors[0],
    message: lines.join('; '),
    ...(problems.length > 1 ? { errors } : {}),
  });
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
    // The target (the DTO instance) is read for the failed rules' values, and never sent.
    validationError: { target: true, value: false },
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
