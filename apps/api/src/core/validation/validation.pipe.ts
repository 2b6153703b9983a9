import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

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

/** Flattens nested class-validator errors into `path.to.field: problem` lines. */
export function describeValidationErrors(errors: ValidationError[], parent = ''): string[] {
  const lines: string[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    for (const [constraint, text] of reportedConstraints(error.constraints)) {
      if (constraint === 'whitelistValidation') {
        lines.push(`${path}: is not allowed`);
        continue;
      }
      // class-validator starts messages with the property name; say it once, as a prefix.
      const problem = text.startsWith(`${error.property} `) ? text.slice(error.property.length + 1) : text;
      lines.push(`${path}: ${problem}`);
    }
    if (error.children?.length) lines.push(...describeValidationErrors(error.children, path));
  }
  return lines;
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
    exceptionFactory: (errors) => {
      const lines = describeValidationErrors(errors);
      return new BadRequestException(lines.join('; ') || 'body: invalid');
    },
  });
}

/** A request without a body is validated as `{}`, so the error names the missing fields. */
class BodyValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata) {
    return super.transform(metadata.type === 'body' && (value === undefined || value === null) ? {} : value, metadata);
  }
}
