import { BadRequestException } from '@nestjs/common';
import { TRANSLATABLE_FIELDS, type TranslationEntity } from '@icspa/domain';
import { coded } from '../../core/errors/coded';
import type { TranslationFields } from './translation.entity';

/** The longest text each field may hold: the source's own limits. */
export const FIELD_MAX_LENGTH: Record<string, number> = {
  title: 200,
  summary: 2000,
  body: 100_000,
  prompt: 2000,
  options: 500,
  name: 200,
  description: 4000,
  label: 100,
};

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new BadRequestException(coded('translation.field_invalid', field, 'must be non-empty text'));
  if (value.length > max)
    throw new BadRequestException(
      coded('translation.field_too_long', field, `must be no longer than ${max} characters`, { max }),
    );
  if (value.includes('\0'))
    throw new BadRequestException(coded('validation.nul_character', field, 'must not contain NUL characters'));
  return value;
}

/**
 * Checks a translation's fields against its entity type and source: exactly the type's translatable
 * fields, each non-empty text within the source's limits; a question's `options` gives a text for exactly
 * the source's option ids (structure comes from the source; only text is translated). Answers 400 naming
 * the field (`fields.body`, `fields.options.<id>`). Returns the fields, trimmed of nothing and in order.
 */
export function validateTranslationFields(
  entityType: TranslationEntity,
  fields: unknown,
  sourceFields: TranslationFields,
): TranslationFields {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
    throw new BadRequestException(coded('translation.field_invalid', 'fields', 'must be an object of texts'));
  const given = fields as Record<string, unknown>;
  const allowed = TRANSLATABLE_FIELDS[entityType];
  for (const key of Object.keys(given))
    if (!allowed.includes(key))
      throw new BadRequestException(coded('validation.not_allowed', `fields.${key}`, 'is not allowed'));
  const out: TranslationFields = {};
  for (const key of allowed) {
    const path = `fields.${key}`;
    if (!(key in given)) throw new BadRequestException(coded('validation.required', path, 'is required'));
    if (key !== 'options') {
      out[key] = text(given[key], path, FIELD_MAX_LENGTH[key]);
      continue;
    }
    const options = given[key];
    if (options === null || typeof options !== 'object' || Array.isArray(options))
      throw new BadRequestException(coded('translation.field_invalid', path, 'must map each option id to its text'));
    const sourceIds = Object.keys((sourceFields.options ?? {}) as Record<string, string>);
    const givenIds = Object.keys(options);
    const stray = givenIds.find((id) => !sourceIds.includes(id));
    const lacking = sourceIds.find((id) => !givenIds.includes(id));
    if (stray !== undefined || lacking !== undefined)
      throw new BadRequestException(
        coded(
          'translation.options_mismatch',
          `${path}.${(stray ?? lacking)!.slice(0, 64)}`,
          'must give a text for exactly the source question’s option ids',
        ),
      );
    const map: Record<string, string> = {};
    for (const id of sourceIds)
      map[id] = text((options as Record<string, unknown>)[id], `${path}.${id}`, FIELD_MAX_LENGTH.options);
    out[key] = map;
  }
  return out;
}
