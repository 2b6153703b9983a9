import { TRANSLATABLE_FIELDS, type TranslationEntity } from '@icspa/domain';

/** Field name → text; a question's `options` maps option id → text (as the API stores translations). */
export type TranslationFields = Record<string, string | Record<string, string>>;

/** One editable text of an entity: `title`, `body`… or `options.<id>` for a question option. */
export interface FieldText {
  key: string;
  /** The field's name (`options` for every option). */
  field: string;
  optionId?: string;
  text: string;
}

/** The fields of an entity as a flat list, in the entity's reading order (`TRANSLATABLE_FIELDS`: title before body). */
export function flattenFields(fields: Record<string, unknown>, entityType?: TranslationEntity): FieldText[] {
  const out: FieldText[] = [];
  const order = entityType ? TRANSLATABLE_FIELDS[entityType] : [];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const entries = Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b));
  for (const [field, value] of entries) {
    if (typeof value === 'string') out.push({ key: field, field, text: value });
    else if (value && typeof value === 'object')
      for (const [optionId, text] of Object.entries(value as Record<string, unknown>))
        out.push({ key: `${field}.${optionId}`, field, optionId, text: String(text) });
  }
  return out;
}

/** Rebuilds the API's shape from flat texts by key. */
export function unflattenFields(source: Record<string, unknown>, texts: Record<string, string>): TranslationFields {
  const out: TranslationFields = {};
  for (const f of flattenFields(source)) {
    const text = texts[f.key] ?? '';
    if (f.optionId === undefined) out[f.field] = text;
    else out[f.field] = { ...((out[f.field] as Record<string, string> | undefined) ?? {}), [f.optionId]: text };
  }
  return out;
}

/** Fields whose text is Markdown (previewed as learners will see it). */
export const MARKDOWN_FIELDS: ReadonlySet<string> = new Set(['body', 'summary', 'description']);
