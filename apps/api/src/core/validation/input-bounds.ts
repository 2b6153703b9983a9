import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ErrorDetail } from '@icspa/domain';
import { coded } from '../errors/coded';

/** An array the DTO does not bound itself (or a value outside any DTO) holds at most this many items. */
export const MAX_UNDECLARED_ARRAY_LENGTH = 1000;
/** The pre-check stops after this many problems: enough to name the fields at fault. */
export const MAX_INPUT_PROBLEMS = 20;
/** A field name is cut to this length in messages. */
const MAX_KEY_IN_MESSAGE = 64;

// The storage of `@Type()` (class-transformer exports it only by this path; @nestjs/mapped-types reads it the same way).
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};

type Dto = abstract new (...args: never[]) => unknown;

interface FieldRules {
  /** `@ArrayMaxSize(n)` */
  maxItems?: number;
  /** The class of `@ValidateNested()` + `@Type(() => Class)`: its own fields are checked in turn. */
  nested?: Dto;
}

const rulesCache = new WeakMap<Dto, Map<string, FieldRules>>();

/** The fields a DTO declares (through any class-validator rule), with their array bound and nested class. */
function rulesOf(dto: Dto): Map<string, FieldRules> {
  let rules = rulesCache.get(dto);
  if (rules) return rules;
  rules = new Map();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const field = rules.get(m.propertyName) ?? {};
    rules.set(m.propertyName, field);
    if (m.type === ValidationTypes.CUSTOM_VALIDATION && m.name === 'arrayMaxSize') {
      const max = Number(m.constraints?.[0]);
      if (Number.isFinite(max)) field.maxItems = Math.min(field.maxItems ?? Infinity, max);
    }
    if (m.type === ValidationTypes.NESTED_VALIDATION) {
      const type = defaultMetadataStorage.findTypeMetadata(dto, m.propertyName);
      const nested = type?.typeFunction() as Dto | undefined;
      if (typeof nested === 'function' && nested !== Object) field.nested = nested;
    }
  }
  rulesCache.set(dto, rules);
  return rules;
}

function join(path: string, key: string | number): string {
  const name = String(key).slice(0, MAX_KEY_IN_MESSAGE);
  return path ? `${path}.${name}` : name;
}

interface Node {
  value: unknown;
  path: string;
  dto?: Dto;
  /** Array bound of this value when it is an array. */
  maxItems: number;
}

/**
 * What a request value must not contain, found before class-transformer and class-validator see it, in
 * one pass without recursion: arrays longer than their `@ArrayMaxSize` (other arrays: longer than
 * MAX_UNDECLARED_ARRAY_LENGTH) are refused without looking at their items, fields a DTO does not
 * declare are refused without looking inside them, and no string may hold a NUL character (PostgreSQL
 * cannot store it). So a 100,000-item array costs a length check, not 100,000 validations.
 *
 * `dto` is the class the value is validated against (undefined for a plain `@Query('x') x: string`);
 * `name` is the path prefix of messages ('' for a body or query DTO, the parameter name otherwise).
 * Each problem carries its code and field (`validation.arrayMaxSize`, `validation.not_allowed`,
 * `validation.nul_character`).
 */
export function inputProblems(value: unknown, dto: Dto | undefined, name: string): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const stack: Node[] = [{ value, path: name, dto, maxItems: MAX_UNDECLARED_ARRAY_LENGTH }];
  while (stack.length && problems.length < MAX_INPUT_PROBLEMS) {
    const { value: v, path, dto: cls, maxItems } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\0'))
        problems.push(coded('validation.nul_character', path || 'body', 'must not contain NUL characters'));
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      if (v.length > maxItems) {
        problems.push(
          coded('validation.arrayMaxSize', path || 'body', `must contain no more than ${maxItems} elements`, {
            max: maxItems,
          }),
        );
        continue;
      }
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ value: v[i], path: join(path, i), dto: cls, maxItems: MAX_UNDECLARED_ARRAY_LENGTH });
      continue;
    }
    const rules = cls ? rulesOf(cls) : undefined;
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const field = rules?.get(key);
      if (rules && rules.size > 0 && !field) {
        // Class-validator's whitelist would refuse it too, after copying and walking all of it.
        problems.push(coded('validation.not_allowed', join(path, key), 'is not allowed'));
        if (problems.length >= MAX_INPUT_PROBLEMS) break;
        continue;
      }
      stack.push({
        value: (v as Record<string, unknown>)[key],
        path: join(path, key),
        dto: field?.nested,
        maxItems: field?.maxItems ?? MAX_UNDECLARED_ARRAY_LENGTH,
      });
    }
  }
  return problems;
}
