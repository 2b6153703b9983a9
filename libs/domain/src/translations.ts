/** Words of multilingual content (courses in the officer's language), shared by the API and the portal. */

/** The language every existing text was written in, and the default source of new content. */
export const SOURCE_LOCALE = 'en';

/** The content locales seeded with the platform; an admin may add more (`content_locale`). */
export const SEEDED_CONTENT_LOCALES = ['en', 'es', 'pt-BR', 'ru', 'uk', 'zh-CN'] as const;

/** Kinds of thing that carry translatable text. A topic is identified by its tag, the rest by their uuid. */
export const TRANSLATION_ENTITIES = [
  'course',
  'course_module',
  'lesson',
  'question',
  'certification_programme',
  'topic',
  'competency_role',
  'competency',
] as const;
export type TranslationEntity = (typeof TRANSLATION_ENTITIES)[number];

/**
 * A stored translation's status. `missing` is not stored: it is the absence of a row.
 * `outdated`: published, but the source changed since; still shown to learners, with a note.
 */
export const TRANSLATION_STATUSES = ['draft', 'published', 'outdated'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
export type TranslationStatusOrMissing = TranslationStatus | 'missing';

/** Statuses a learner is shown. */
export const SHOWN_TRANSLATION_STATUSES: readonly TranslationStatus[] = ['published', 'outdated'];

/** The translatable fields of each entity type (a question's `options` maps option id → text). */
export const TRANSLATABLE_FIELDS: Record<TranslationEntity, readonly string[]> = {
  course: ['title', 'summary'],
  course_module: ['title'],
  lesson: ['title', 'body'],
  question: ['prompt', 'options'],
  certification_programme: ['name', 'description'],
  topic: ['label'],
  competency_role: ['name', 'description'],
  competency: ['name', 'description'],
};

/**
 * Capabilities an admin grants a user beside their role. `translate`: scope is a locale code;
 * `local_trainer`: scope is a course id.
 */
export const CAPABILITIES = ['translate', 'local_trainer'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** How the text shown to a reader was chosen. */
export interface TranslationMeta {
  /** The locale of the text shown. */
  locale: string;
  /** `source` when the text shown is the source itself. */
  status: TranslationStatus | 'source';
  /** True when the text is not in the reader's first language. */
  fallback: boolean;
  /** When the source changed after the translation was published (status `outdated`). */
  outdatedSince: string | null;
}
