import type { CourseLevel } from '@icspa/domain';
import { TOPICS } from '../data/trainers';
import { COUNTRY_LOCALES, TOPIC_TITLES } from '../data/uptake-names';
import { PlanContext } from './context';
import { pad } from './helpers';
import { Course, DAY, EXTRA_LANGUAGES } from './model';
import { Rng } from './random';
import { PublishedCourseRow } from './read-existing';

export interface NewCourse {
  id: string;
  code: string;
  title: string;
  summary: string;
  level: CourseLevel;
  topics: string[];
  languages: string[];
  hours: number;
  created: number;
}

export interface CoursesPlan {
  /** Every published course (by code), then the new ones: the courses the history is taught in. */
  courses: Course[];
  newCourses: NewCourse[];
  courseIndex: Map<string, number>;
}

/** `o.courses` new published courses, and a popularity weight for every course. */
export function planCourses(
  { o, rng, ids, cal }: PlanContext,
  published: PublishedCourseRow[],
  codes: Set<string>,
): CoursesPlan {
  const newCourses = planNewCourses(rng, ids, o.courses, codes, cal.firstMonth);
  const courses: Course[] = published.map((c) => ({
    id: c.id,
    code: c.code,
    title: c.title,
    topics: c.topics,
    languages: c.languages,
    weight: courseWeight(rng, c.level),
  }));
  for (const c of newCourses)
    courses.push({
      id: c.id,
      code: c.code,
      title: c.title,
      topics: c.topics,
      languages: c.languages,
      weight: courseWeight(rng, c.level),
    });
  return { courses, newCourses, courseIndex: new Map(courses.map((c, i) => [c.id, i])) };
}

/** The language a course is given in for a country: mostly the local one when the course offers it. */
export function languageFor(rng: Rng, courses: Course[], course: number, country: string | null): string {
  const offered = courses[course].languages;
  const local = country ? (COUNTRY_LOCALES[country]?.languages ?? []) : [];
  for (const l of local) if (offered.includes(l) && rng.chance(0.85)) return l;
  return offered.includes('en') || offered.length === 0 ? 'en' : offered[0];
}

function courseWeight(rng: Rng, level: string): number {
  return rng.between(0.3, 1.5) * (level === 'foundation' ? 1.6 : level === 'intermediate' ? 1 : 0.6);
}

function planNewCourses(rng: Rng, ids: Rng, count: number, codes: Set<string>, firstMonth: number): NewCourse[] {
  const result: NewCourse[] = [];
  for (let i = 0; i < count; i++) {
    const topics = rng.sample(TOPICS, rng.int(1, 3));
    const main = TOPIC_TITLES[topics[0]];
    const level = rng.pick(['foundation', 'foundation', 'intermediate', 'intermediate', 'advanced'] as const);
    const digit = level === 'foundation' ? 1 : level === 'intermediate' ? 2 : 3;
    let code: string;
    let n = 50;
    do code = `${main.abbr}-${digit}${pad(n++, 2)}`;
    while (codes.has(code));
    codes.add(code);
    const focus = rng.pick(main.focus);
    const title = `${level === 'advanced' ? 'Advanced ' : level === 'foundation' ? 'Foundations of ' : ''}${main.title}: ${focus}`;
    result.push({
      id: ids.uuid(),
      code,
      title,
      summary: `${focus} for cybercrime investigators: hands-on exercises on realistic cases, and what a court needs to see.`,
      level,
      topics,
      languages: ['en', ...rng.sample(EXTRA_LANGUAGES, rng.int(1, 4))],
      hours: rng.pick([8, 12, 16, 20, 24, 32, 40]),
      created: firstMonth - rng.int(30, 400) * DAY,
    });
  }
  return result;
}
