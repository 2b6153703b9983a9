import { EntityManager } from 'typeorm';
import type { TranslationEntity, TranslationStatusOrMissing } from '@icspa/domain';
import type { TranslationFields } from './translation.entity';
import { courseSources, courseTranslations, type SourceRow, type TranslationRow } from './translations.queries';

/** One string of a course in a locale: the unit of the XLIFF and PO files. */
export interface CourseUnit {
  /** `entityType:entityId:field`, a question option's field being `options.<optionId>`. */
  id: string;
  entityType: TranslationEntity;
  entityId: string;
  /** `title`, `body`, … or `options.<optionId>`. */
  field: string;
  source: string;
  target: string;
  status: TranslationStatusOrMissing;
  outdatedSince: Date | null;
}

export interface CourseUnits {
  sourceLocale: string;
  units: CourseUnit[];
  sources: Map<string, SourceRow & { entityType: TranslationEntity }>;
  translations: Map<string, TranslationRow>;
}

export const entityKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/** Flattens fields into `[field, text]` pairs (`options.<id>` for each option). */
export function flattenFields(fields: TranslationFields): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(fields))
    if (typeof value === 'string') out.push([key, value]);
    else for (const [optionId, text] of Object.entries(value ?? {})) out.push([`${key}.${optionId}`, text]);
  return out;
}

/** Every string of a course with its source text and current translation in `locale`; null when no such course. */
export async function courseUnits(
  manager: EntityManager,
  courseId: string,
  locale: string,
): Promise<CourseUnits | null> {
  const sources = await courseSources(manager, courseId);
  if (sources.length === 0) return null;
  const translations = new Map(
    (await courseTranslations(manager, courseId, locale)).map((t) => [entityKey(t.entityType, t.entityId), t]),
  );
  const units: CourseUnit[] = [];
  for (const s of sources) {
    const t = translations.get(entityKey(s.entityType, s.id));
    const targets = new Map(t ? flattenFields(t.fields) : []);
    for (const [field, source] of flattenFields(s.fields))
      units.push({
        id: `${s.entityType}:${s.id}:${field}`,
        entityType: s.entityType,
        entityId: s.id,
        field,
        source,
        target: targets.get(field) ?? '',
        status: t?.status ?? 'missing',
        outdatedSince: t?.outdatedSince ? new Date(t.outdatedSince) : null,
      });
  }
  return {
    sourceLocale: sources[0].sourceLocale,
    units,
    sources: new Map(sources.map((s) => [entityKey(s.entityType, s.id), s])),
    translations,
  };
}
