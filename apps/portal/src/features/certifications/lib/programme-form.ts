import { parseList, parseWholeNumber } from '@/lib/form-values';

/** The choice of "every course of the set" for the required count. */
export const ALL_COURSES = 'all';

/** The new-programme form's state, as its inputs hold it. */
export interface ProgrammeFormValues {
  name: string;
  description: string;
  courseIds: string[];
  /** `all`, or how many of the chosen courses must be completed */
  requiredCount: string;
  validityMonths: string;
  recertificationWindowDays: string;
  /** Comma-separated topic tags */
  skills: string;
}

export function programmeFormValues(): ProgrammeFormValues {
  return {
    name: '',
    description: '',
    courseIds: [],
    requiredCount: ALL_COURSES,
    validityMonths: '24',
    recertificationWindowDays: '60',
    skills: '',
  };
}

/** The counts to offer besides "all": 1 up to one fewer than the courses chosen. */
export function requiredCountChoices(courseCount: number): number[] {
  return Array.from({ length: Math.max(0, courseCount - 1) }, (_, i) => i + 1);
}

/** The required count once the course set changed: back to "all" when it no longer leaves a choice. */
export function keepRequiredCount(requiredCount: string, courseCount: number): string {
  if (requiredCount === ALL_COURSES) return requiredCount;
  const n = parseWholeNumber(requiredCount);
  return n !== undefined && n >= 1 && n < courseCount ? requiredCount : ALL_COURSES;
}

export interface ProgrammeCreateBody {
  name: string;
  description: string;
  courseIds: string[];
  requiredCount?: number;
  validityMonths: number;
  recertificationWindowDays: number;
  skills: string[];
}

/** The body of `POST /api/certification-programmes`; "all" leaves the count out (the API's default). Bad numbers go as they are, for the API to name. */
export function programmeCreateInput(values: ProgrammeFormValues): ProgrammeCreateBody {
  const body: ProgrammeCreateBody = {
    name: values.name.trim(),
    description: values.description.trim(),
    courseIds: [...values.courseIds],
    validityMonths: parseWholeNumber(values.validityMonths) ?? Number.NaN,
    recertificationWindowDays: parseWholeNumber(values.recertificationWindowDays) ?? Number.NaN,
    skills: parseList(values.skills),
  };
  if (values.requiredCount !== ALL_COURSES) body.requiredCount = parseWholeNumber(values.requiredCount) ?? Number.NaN;
  return body;
}

/** What may change once a programme exists: its description, validity and recertification window. */
export interface ProgrammeSettingsValues {
  description: string;
  validityMonths: string;
  recertificationWindowDays: string;
}

interface ProgrammeSettings {
  description: string;
  validityMonths: number;
  recertificationWindowDays: number;
}

export function programmeSettingsValues(programme: ProgrammeSettings): ProgrammeSettingsValues {
  return {
    description: programme.description,
    validityMonths: String(programme.validityMonths),
    recertificationWindowDays: String(programme.recertificationWindowDays),
  };
}

/** The body of `PATCH /api/certification-programmes/{id}`: only what changed. */
export function programmeUpdateInput(
  values: ProgrammeSettingsValues,
  original: ProgrammeSettings,
): Partial<ProgrammeSettings> {
  const changes: Partial<ProgrammeSettings> = {};
  const description = values.description.trim();
  if (description !== original.description) changes.description = description;
  const validityMonths = parseWholeNumber(values.validityMonths) ?? Number.NaN;
  if (validityMonths !== original.validityMonths) changes.validityMonths = validityMonths;
  const windowDays = parseWholeNumber(values.recertificationWindowDays) ?? Number.NaN;
  if (windowDays !== original.recertificationWindowDays) changes.recertificationWindowDays = windowDays;
  return changes;
}
