import { PlanContext } from './context';
import { Course } from './model';
import { NewCourse } from './plan-courses';
import { ProgrammeRow } from './read-existing';

export interface NewProgramme {
  id: string;
  name: string;
  description: string;
  courseId: string;
  months: number;
  skills: string[];
}

export interface ProgrammesPlan {
  /** Every certification programme: the existing ones by name, then the new ones. */
  programmes: ProgrammeRow[];
  newProgrammes: NewProgramme[];
}

/**
 * With certifications: one programme per course when there are none; otherwise only the courses made here
 * get one, so an existing catalogue of programmes (the demo's) is left as it is.
 */
export function planProgrammes(
  { o, rng, ids }: PlanContext,
  existing: ProgrammeRow[],
  courses: Course[],
  newCourses: NewCourse[],
): ProgrammesPlan {
  const newProgrammes: NewProgramme[] = [];
  if (!o.certifications) return { programmes: existing, newProgrammes };
  const newCourseIds = new Set(newCourses.map((c) => c.id));
  for (const c of existing.length === 0 ? courses : courses.filter((x) => newCourseIds.has(x.id))) {
    const name = `Certified Practitioner — ${c.title}`.slice(0, 180);
    newProgrammes.push({
      id: ids.uuid(),
      name: `${name} (${c.code})`,
      description: `Awarded on completing ${c.code} ${c.title}.`,
      courseId: c.id,
      months: rng.pick([12, 24, 24, 36]),
      skills: c.topics,
    });
  }
  return {
    programmes: [
      ...existing,
      ...newProgrammes.map((p) => ({ id: p.id, course_ids: [p.courseId], validity_months: p.months })),
    ],
    newProgrammes,
  };
}
