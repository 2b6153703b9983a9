/**
 * Seed translations of the catalogue (issue "Courses in the officer's language"). Pure data, one file per
 * locale; English is the source (`../catalogue.ts`). Structure always comes from the source: a translation
 * gives text only, in the same order and with the same counts.
 */
export const TRANSLATED_LOCALES = ['es', 'pt-BR', 'ru', 'uk', 'zh-CN'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** The four courses translated whole (every module, lesson and question) into every locale. */
export const FULLY_TRANSLATED_COURSES = ['FR-101', 'DF-101', 'OS-201', 'CT-201'] as const;

export interface LessonTranslationSeed {
  title: string;
  /** Markdown with the source's structure: same headings, lists, tables and image references. */
  body: string;
}

export interface CourseTranslationSeed {
  title: string;
  summary: string;
  /** Whole courses only: every module in source order, each with every lesson in source order. */
  modules?: { title: string; lessons: LessonTranslationSeed[] }[];
  /** Whole courses only: every question in source order; `options` in source order and of the same count. */
  questions?: { prompt: string; options: string[] }[];
}

export interface LocaleTranslationSeed {
  locale: TranslatedLocale;
  /** All ten courses by code: title and summary always; modules and questions for FULLY_TRANSLATED_COURSES. */
  courses: Record<string, CourseTranslationSeed>;
  /** Certification programmes by their English name. */
  programmes: Record<string, { name: string; description: string }>;
}
