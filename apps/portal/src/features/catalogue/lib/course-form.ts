import type { CourseLevel } from '@icspa/domain';
import { listText, parseList } from '@/lib/form-values';

/** The course form's state: what the inputs hold, as text. */
export interface CourseFormValues {
  code: string;
  title: string;
  summary: string;
  level: CourseLevel;
  /** Comma-separated topic tags */
  topics: string;
  /** Comma-separated BCP 47 tags */
  languages: string;
  hours: string;
}

interface CourseFields {
  code: string;
  title: string;
  summary: string;
  level: CourseLevel;
  topics: string[];
  languages: string[];
  hours: number;
}

export function courseFormValues(course?: CourseFields): CourseFormValues {
  if (!course) return { code: '', title: '', summary: '', level: 'foundation', topics: '', languages: 'en', hours: '' };
  return {
    code: course.code,
    title: course.title,
    summary: course.summary,
    level: course.level,
    topics: listText(course.topics),
    languages: listText(course.languages),
    hours: String(course.hours),
  };
}

/** The body of `POST /api/courses`. The API validates it; an empty number goes as NaN for it to name. */
export function courseCreateInput(values: CourseFormValues): CourseFields {
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    summary: values.summary.trim(),
    level: values.level,
    topics: parseList(values.topics),
    languages: parseList(values.languages),
    hours: values.hours.trim() === '' ? Number.NaN : Number(values.hours),
  };
}

/** The body of `PATCH /api/courses/{id}`: only what changed (the code is fixed once created). */
export function courseUpdateInput(
  values: CourseFormValues,
  original: CourseFields,
): Partial<Omit<CourseFields, 'code'>> {
  const next = courseCreateInput(values);
  const changes: Partial<Omit<CourseFields, 'code'>> = {};
  if (next.title !== original.title) changes.title = next.title;
  if (next.summary !== original.summary) changes.summary = next.summary;
  if (next.level !== original.level) changes.level = next.level;
  if (next.topics.join() !== original.topics.join()) changes.topics = next.topics;
  if (next.languages.join() !== original.languages.join()) changes.languages = next.languages;
  if (next.hours !== original.hours) changes.hours = next.hours;
  return changes;
}
