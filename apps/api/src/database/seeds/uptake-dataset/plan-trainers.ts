import { TOPICS } from '../data/trainers';
import { TRAINER_NAME_POOLS } from '../data/uptake-names';
import { PlanContext } from './context';
import { EmailBook, personName, slug } from './helpers';
import { Country, Course, DAY, EXTRA_LANGUAGES } from './model';
import { Rng, Weighted } from './random';
import { FirmRow, TrainerRow } from './read-existing';

export interface NewTrainer {
  id: string;
  email: string;
  display: string;
  firm: string;
  languages: string[];
  skills: string[];
  courseIds: string[];
  countries: string[];
  onlineOnly: boolean;
  load: number;
  created: number;
}

export interface TrainersPlan {
  /** Every trainer of a member firm: the existing ones by email, then the new ones. */
  trainers: TrainerRow[];
  newTrainers: NewTrainer[];
  /** Indexes into `trainers` of those who teach each course (by course index). */
  trainersByCourse: number[][];
  allTrainers: number[];
  trainerIndex: Map<string, number>;
}

/** `o.trainers` new trainers, spread over the firms, with skills, languages and countries. */
export function planTrainers(
  { o, rng, ids, cal }: PlanContext,
  existing: TrainerRow[],
  firms: FirmRow[],
  courses: Course[],
  courseIndex: Map<string, number>,
  unitCountries: Country[],
  emails: EmailBook,
): TrainersPlan {
  const trainers = [...existing];
  const hotspotCodes = unitCountries.filter((c) => c.hotspot).map((c) => c.code);
  const firmSize = firms.map(() => rng.between(0.3, 2));
  const firmPicker = new Weighted(firmSize);
  const newTrainers: NewTrainer[] = [];
  for (let i = 0; i < o.trainers; i++) {
    const firm = firms[firmPicker.pick(rng)];
    const person = personName(rng, rng.pick(TRAINER_NAME_POOLS));
    const skills = rng.sample(TOPICS, rng.int(2, 4));
    const trainer = {
      id: ids.uuid(),
      email: emails.unique(`${person.first}.${person.last}`, `${slug(firm.name)}.test`),
      display: person.display,
      firm: firm.id,
      languages: ['en', ...rng.sample(EXTRA_LANGUAGES, rng.int(0, 2))],
      skills,
      courseIds: courses
        .filter((c) => c.topics.some((t) => skills.includes(t as (typeof TOPICS)[number])))
        .map((c) => c.id),
      countries: [
        ...new Set([
          ...rng.sample(hotspotCodes, rng.int(1, 4)),
          ...rng.sample(
            unitCountries.map((c) => c.code),
            rng.int(0, 2),
          ),
        ]),
      ].sort(),
      onlineOnly: rng.chance(0.08),
      load: rng.int(2, 8),
      created: cal.firstMonth - rng.int(0, 365) * DAY,
    };
    newTrainers.push(trainer);
    trainers.push({ id: trainer.id, languages: trainer.languages, course_ids: trainer.courseIds });
  }
  const trainersByCourse: number[][] = courses.map(() => []);
  trainers.forEach((t, i) => {
    for (const courseId of t.course_ids) {
      const c = courseIndex.get(courseId);
      if (c !== undefined) trainersByCourse[c].push(i);
    }
  });
  const allTrainers = trainers.map((_, i) => i);
  const trainerIndex = new Map(trainers.map((t, i) => [t.id, i]));
  return { trainers, newTrainers, trainersByCourse, allTrainers, trainerIndex };
}

/** A trainer of the course, preferring one who speaks the language (a few tries); -1 when there is none. */
export function pickTrainer(rng: Rng, plan: TrainersPlan, course: number, language: string): number {
  const candidates = plan.trainersByCourse[course].length ? plan.trainersByCourse[course] : plan.allTrainers;
  if (candidates.length === 0) return -1;
  let chosen = rng.pick(candidates);
  for (let k = 0; k < 4 && !plan.trainers[chosen].languages.includes(language); k++) chosen = rng.pick(candidates);
  return chosen;
}
