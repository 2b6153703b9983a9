import { listText, parseList, parseWholeNumber } from '@/lib/form-values';

/** What the profile form edits of a trainer (`TrainerResponseDto`). */
export interface TrainerProfile {
  languages: readonly string[];
  skills: readonly string[];
  courseIds: readonly string[];
  countryCodes: readonly string[];
  excludedCountryCodes: readonly string[];
  onlineOnly: boolean;
  loadLimitPerQuarter: number;
}

/** The profile form's state, as its inputs hold it. */
export interface ProfileFormValues {
  /** Comma-separated BCP 47 tags */
  languages: string;
  /** Comma-separated topic tags */
  skills: string;
  courseIds: string[];
  countryCodes: string[];
  excludedCountryCodes: string[];
  onlineOnly: boolean;
  loadLimitPerQuarter: string;
}

export function profileFormValues(trainer: TrainerProfile): ProfileFormValues {
  return {
    languages: listText(trainer.languages),
    skills: listText(trainer.skills),
    courseIds: [...trainer.courseIds],
    countryCodes: [...trainer.countryCodes],
    excludedCountryCodes: [...trainer.excludedCountryCodes],
    onlineOnly: trainer.onlineOnly,
    loadLimitPerQuarter: String(trainer.loadLimitPerQuarter),
  };
}

export interface TrainerProfileUpdateBody {
  languages?: string[];
  skills?: string[];
  courseIds?: string[];
  countryCodes?: string[];
  excludedCountryCodes?: string[];
  onlineOnly?: boolean;
  loadLimitPerQuarter?: number;
}

/** Two lists hold the same words, in any order. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/**
 * The body of `PATCH /api/trainers/{id}/profile`: only what changed. Qualifications (`courseIds`) are
 * sent only by those who may set them (member admins and admins): the API refuses them from a trainer.
 * An unreadable load limit goes as NaN, for the API to name the field.
 */
export function profileUpdateBody(
  values: ProfileFormValues,
  original: TrainerProfile,
  { canSetCourses }: { canSetCourses: boolean },
): TrainerProfileUpdateBody {
  const body: TrainerProfileUpdateBody = {};
  const languages = parseList(values.languages);
  const skills = parseList(values.skills);
  if (!sameSet(languages, original.languages)) body.languages = languages;
  if (!sameSet(skills, original.skills)) body.skills = skills;
  if (canSetCourses && !sameSet(values.courseIds, original.courseIds)) body.courseIds = [...new Set(values.courseIds)];
  if (!sameSet(values.countryCodes, original.countryCodes))
    body.countryCodes = [...new Set(values.countryCodes)].sort();
  if (!sameSet(values.excludedCountryCodes, original.excludedCountryCodes))
    body.excludedCountryCodes = [...new Set(values.excludedCountryCodes)].sort();
  if (values.onlineOnly !== original.onlineOnly) body.onlineOnly = values.onlineOnly;
  const load = parseWholeNumber(values.loadLimitPerQuarter) ?? Number.NaN;
  if (load !== original.loadLimitPerQuarter) body.loadLimitPerQuarter = load;
  return body;
}

/** A list with one value added or removed (checkbox lists). */
export function toggled(list: readonly string[], value: string, on: boolean): string[] {
  const without = list.filter((x) => x !== value);
  return on ? [...without, value] : without;
}
